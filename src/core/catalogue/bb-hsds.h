/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-import.h"
#include "bb-offer.h"

G_BEGIN_DECLS

/* Open Referral HSDS 3.1 JSON, so catalogues travel between municipalities and other
 * directory systems. Target groups, steps, keywords, status, access and sector travel
 * as taxonomy terms (taxonomies "brobygger-…"); summary, legal basis, waiting weeks,
 * department and the ambassador mark as attribute values; history as metadata. */

/* Reads a service list page (shape of examples/service_list.json: an object with "contents"),
 * a single service (service_full.json), or an organization with its "services"
 * (organization_full.json) into @import. Invalid JSON is an error with line and column
 * (json-glib gives them); a service that cannot become an offer is a rejected record whose
 * "line" is the 1-based index of the service in the file and whose reason says why. */
gboolean      bb_hsds_read          (GInputStream   *stream,
                                     BbImport       *import,
                                     GError        **error);

typedef struct _BbHsdsWriter BbHsdsWriter;

/* Writes offers as one page of a service list (total_items, total_pages 1, page_number 1,
 * size, first_page true, last_page true, empty, contents), each service valid against
 * schema/compiled/service.json. The page begins with the number of services, so nothing
 * is written until the close. The writer never closes @stream. */
BbHsdsWriter *bb_hsds_writer_new    (GOutputStream  *stream);
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
