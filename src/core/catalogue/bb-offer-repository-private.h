/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of the offer repository: bb-offer-repository.c (loading and
 * saving), -query.c (finding) and -import.c (importing). */

#include "bb-offer-repository.h"

G_BEGIN_DECLS

struct _BbOfferRepository
{
  GObject     parent_instance;

  BbDatabase *database;
  guint       search_hook;
};

G_END_DECLS
