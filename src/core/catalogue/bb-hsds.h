/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-clock.h"
#include "bb-import.h"
#include "bb-offer.h"

G_BEGIN_DECLS

/* Open Referral HSDS 3.1 JSON, so catalogues travel between municipalities and other
 * directory systems. Target groups, steps, keywords, status, access and sector travel
 * as taxonomy terms (taxonomies "brobygger-…"); summary, legal basis, waiting weeks,
 * department and the ambassador mark as attribute values; history as metadata.
 * Everything else a file says is kept with the offer (bb-offer-details.h) and the
 * provider, and written back: see bb-hsds-private.h. */

/* Reads a service list page (shape of examples/service_list.json: an object with
 * "contents", of services or of organizations with theirs), a single service
 * (service_full.json), or an organization with its "services" (organization_full.json)
 * into @import, one service at a time. A file that cannot be read as a whole (not JSON,
 * nested too deep, too large) is an error with the line; a service that cannot become
 * an offer is a rejected record whose "line" is the 1-based position of the service in
 * the file and whose reason names it and says why. */
gboolean      bb_hsds_read          (GInputStream   *stream,
                                     BbImport       *import,
                                     GError        **error);

/* What the user should know of the file @import was read from before importing it
 * ("This file holds 50 of 2,700 services (page 1 of 54). …"), or NULL. */
const char   *bb_hsds_get_import_notice (BbImport    *import);

typedef struct _BbHsdsWriter BbHsdsWriter;

/* Writes offers as one page of a service list (total_items, total_pages 1, page_number 1,
 * size, first_page true, last_page true, empty, contents), each service valid against
 * schema/compiled/service.json. The page begins with the number of services, so nothing
 * is written until the close. The writer never closes @stream. An offer without a time
 * of its last change gets @clock's "now" as its last_modified. */
BbHsdsWriter *bb_hsds_writer_new    (GOutputStream  *stream,
                                     BbClock        *clock);
/* Adds @offer as the next service. @history (nullable: a GListModel of BbOfferChange,
 * newest first) becomes its metadata; without one, or with an empty one, the service
 * has none. */
gboolean      bb_hsds_writer_add    (BbHsdsWriter   *self,
                                     BbOffer        *offer,
                                     GListModel     *history,
                                     GError        **error);
/* Writes the page with every service added, then flushes @stream. */
gboolean      bb_hsds_writer_close  (BbHsdsWriter   *self,
                                     GError        **error);
void          bb_hsds_writer_free   (BbHsdsWriter   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbHsdsWriter, bb_hsds_writer_free)

G_END_DECLS
