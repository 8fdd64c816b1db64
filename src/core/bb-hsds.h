/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-import.h"
#include "bb-store.h"

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
gboolean bb_hsds_read  (GInputStream   *stream,
                        BbImport       *import,
                        GError        **error);
/* Writes every offer as one page of a service list (total_items, total_pages 1, page_number 1,
 * size, first_page true, last_page true, empty, contents), each service valid against
 * schema/compiled/service.json. */
gboolean bb_hsds_write (BbStore        *store,
                        GOutputStream  *stream,
                        GError        **error);

G_END_DECLS
