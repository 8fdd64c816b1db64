/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-adviser-repository.h"
#include "bb-course-repository.h"
#include "bb-offer-repository.h"
#include "bb-young-person-repository.h"

G_BEGIN_DECLS

/* Writes the hand-over letter of hand-over @handover_id as a PDF to @file (created
 * readable by its owner only): the young person, the course so far with its figures,
 * the needs (the hand-over note), the agreed next steps, the contacts on both sides
 * and the receiving offer. Writing it is an export of the young person's data, or the
 * print @action says it is for (a PDF for the printer): logged as that one access, in
 * the same transaction as the reads. */
gboolean bb_handover_letter_write (BbCourseRepository      *courses,
                                   BbYoungPersonRepository *young_people,
                                   BbAdviserRepository     *advisers,
                                   BbOfferRepository       *offers,
                                   gint64                   handover_id,
                                   BbAccessAction           action,
                                   GFile                   *file,
                                   GError                 **error);

G_END_DECLS
