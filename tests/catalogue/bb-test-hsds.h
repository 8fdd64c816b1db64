/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/* What the HSDS tests (test-hsds-*.c) do to files and catalogues: read, import,
 * export, parse. Static: each test program takes what it uses. */

#include <string.h>

#include <json-glib/json-glib.h>

#include "bb-hsds.h"
#include "bb-import.h"
#include "bb-offer-exchange.h"
#include "bb-test-offers.h"

G_BEGIN_DECLS

static inline char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "hsds", name, NULL);
}

static inline BbImport *
read_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  BbImport *import = bb_offer_exchange_read_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

/* An HSDS file's text, read; NULL with @error set when the file is refused. */
static inline BbImport *
read_text_full (const char  *text,
                GError     **error)
{
  gsize length = strlen (text);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (g_memdup2 (text, length),
                                                                        length, g_free);
  g_autoptr(BbImport) import = bb_import_new ();

  if (!bb_hsds_read (stream, import, error))
    return NULL;

  return g_steal_pointer (&import);
}

static inline BbImport *
read_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  BbImport *import = read_text_full (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

/* Prepares and commits @import: what was rejected is left out. */
static inline void
import_into (BbOfferRepository *offers,
             BbImport          *import)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_repository_prepare_import (offers, import, &error));
  g_assert_no_error (error);
  g_assert_true (bb_offer_repository_commit_import (offers, import, &error));
  g_assert_no_error (error);
}

static inline char *
export_from (BbOfferRepository *offers,
             const char        *folder,
             const char        *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_exchange_export (offers, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static inline JsonNode *
parse_file (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static inline JsonObject *
get_service (JsonNode *page,
             guint     position)
{
  JsonArray *contents = json_object_get_array_member (json_node_get_object (page), "contents");

  return json_array_get_object_element (contents, position);
}

G_END_DECLS
