/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "bb-enums.h"

G_BEGIN_DECLS

/* What the HSDS reader and writer must agree on, so that our own files read back as
 * they were written, and a file from elsewhere comes back out with every value it
 * had. The rule for the values Brobygger has no place for: the reader keeps, for each
 * object it reads, the members it did not take (an object's "extra"); the writer
 * writes what Brobygger holds, then adds each kept member it did not write itself
 * (appending kept elements to an array it wrote, and merging kept members into an
 * object it wrote). A value Brobygger derives from kept ones (a capacity, a waiting
 * time, the location and opening-hours texts) is written back as those kept values
 * while it still says the same. */

/* Our own taxonomies. Terms of any other taxonomy on a service are kept as BbTerm,
 * and their names are keywords too. */
#define BB_HSDS_TAXONOMY_PREFIX       "brobygger-"
#define BB_HSDS_TAXONOMY_TARGET_GROUP "brobygger-target-group"
#define BB_HSDS_TAXONOMY_STEP         "brobygger-step"
#define BB_HSDS_TAXONOMY_KEYWORD      "brobygger-keyword"
#define BB_HSDS_TAXONOMY_STATUS       "brobygger-status"
#define BB_HSDS_TAXONOMY_ACCESS       "brobygger-access"
#define BB_HSDS_TAXONOMY_SECTOR       "brobygger-sector"
/* Free text that HSDS has no field for travels as the "value" of an attribute whose
 * term, in this taxonomy, names the field. */
#define BB_HSDS_TAXONOMY_FIELD        "brobygger-field"

#define BB_HSDS_FIELD_ID            "id"
#define BB_HSDS_FIELD_PROVIDER_ID   "provider-id"
#define BB_HSDS_FIELD_KEYWORDS      "keywords"
#define BB_HSDS_FIELD_SUMMARY       "summary"
#define BB_HSDS_FIELD_LEGAL_BASIS   "legal-basis"
#define BB_HSDS_FIELD_WAITING_WEEKS "waiting-weeks"
#define BB_HSDS_FIELD_DEPARTMENT    "department"
#define BB_HSDS_FIELD_AMBASSADOR    "ambassador"

/* Nesting HSDS needs is about 20 levels; anything deeper is refused before parsing
 * (json-glib recurses once a level). */
#define BB_HSDS_MAX_DEPTH 64
/* The most one service (or what a file holds outside its list of services) may take:
 * a file is read one service at a time, so memory stays bounded however big it is. */
#define BB_HSDS_MAX_PIECE (16 * 1024 * 1024)
/* The offers read are held until the import is committed (about four times the
 * text they came from), so a file has a size limit too: some 20,000 services of the
 * richest kind, more than any one catalogue of a municipality or region holds. */
#define BB_HSDS_MAX_FILE (128 * 1024 * 1024)

static inline gboolean
_bb_hsds_is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* ---- dates and ids (bb-hsds-common.c) ------------------------------------ */

/* An ISO 8601 date-time (SQLite's "YYYY-MM-DD HH:MM:SS" too; UTC unless it says
 * otherwise) as RFC 3339 in UTC, as the schema's date-time format asks; NULL when
 * @text is not one. */
char       *_bb_hsds_dup_rfc3339          (const char   *text);
/* The YYYY-MM-DD of a date or date-time, or NULL. */
char       *_bb_hsds_dup_date             (const char   *text);
/* A name-based UUID (version 5) in Brobygger's namespace: the stable id of a part
 * Brobygger writes without an id of its own. */
char       *_bb_hsds_dup_name_uuid        (const char   *format,
                                           ...) G_GNUC_PRINTF (1, 2);
/* @id when it is a UUID, else a stable stand-in made from @scope and @id. */
char       *_bb_hsds_dup_valid_uuid       (const char   *id,
                                           const char   *scope);
/* The ids Brobygger gives the parts it writes from the offer's own fields, so the
 * reader knows them again. */
char       *_bb_hsds_dup_text_location_id (const char   *service_id,
                                           gboolean      link);
char       *_bb_hsds_dup_text_schedule_id (const char   *service_id);
char       *_bb_hsds_dup_phone_id         (const char   *owner_id);
char       *_bb_hsds_dup_capacity_id      (const char   *service_id);
char       *_bb_hsds_dup_metadata_id      (const char   *service_id,
                                           guint         n);

/* ---- kept members (bb-hsds-common.c) ------------------------------------- */

/* A member as a string, an object, an array; NULL when it is missing or of another
 * kind. */
const char *_bb_hsds_get_string           (JsonObject   *object,
                                           const char   *member);
JsonObject *_bb_hsds_get_object           (JsonObject   *object,
                                           const char   *member);
JsonArray  *_bb_hsds_get_array            (JsonObject   *object,
                                           const char   *member);
/* A deep copy, to take apart: json_node_copy () shares objects and arrays. */
JsonNode   *_bb_hsds_copy                 (JsonNode     *node);
/* The members left in @rest as a compact JSON object, or NULL when none are left. */
char       *_bb_hsds_dup_rest             (JsonObject   *rest);
/* The members of a kept JSON object, or NULL (a new reference). */
JsonObject *_bb_hsds_parse_extra          (const char   *extra);
/* Adds the members of @extra to @object by the rule above. */
void        _bb_hsds_merge_extra          (JsonObject   *object,
                                           JsonObject   *extra);
/* A number under @node that json-glib cannot write back as JSON (1e+30 comes out
 * as "1e+30.0"): the member it is in, or NULL when there is none. */
char       *_bb_hsds_find_unwritable_number (JsonNode   *node);

/* ---- texts both sides make the same way (bb-hsds-common.c) --------------- */

/* The offer's location text made from its places, one a line. */
char       *_bb_hsds_dup_locations_text   (GPtrArray    *locations);
/* The offer's opening-hours text made from its schedules and, when it has none,
 * from those of its places; one a line. */
char       *_bb_hsds_dup_schedules_text   (GPtrArray    *schedules,
                                           GPtrArray    *locations);
/* "3 weeks" in the UI language, and in English for @english. */
char       *_bb_hsds_format_wait_time     (int           weeks,
                                           gboolean      english);
/* "3 weeks", "3 uger", "P3W" or "3"; -1 for other wordings, which are not guessed at. */
int         _bb_hsds_parse_wait_time      (const char   *text);
/* The places a list of capacities names (the first maximum, else available), or -1. */
gint64      _bb_hsds_get_capacity         (JsonArray    *capacities);
/* What the form shows of a phone number another directory wrote with quotes or dots
 * ("\"+44 1234 234567\""): the characters a phone number is made of. */
char       *_bb_hsds_dup_clean_phone      (const char   *number);
/* The description Brobygger writes for an organization that has none of its own. */
char       *_bb_hsds_dup_organization_description (BbSector    sector,
                                                   const char *department);
/* What the writer does to a website so that it is an absolute URI; NULL when it
 * cannot. */
char       *_bb_hsds_dup_website          (const char   *website);

/* ---- reading in bounded pieces (bb-hsds-scanner.c) ----------------------- */

/* One element of the root's "contents" or "services" array, as JSON text of at most
 * BB_HSDS_MAX_PIECE bytes starting on @line; @problem, when not NULL, says what is
 * wrong with its text (a lone surrogate, a NUL, invalid UTF-8, too large), and then
 * @text may be cut short or not be JSON, so @name is its "name" as the scanner saw
 * it (or NULL). */
typedef gboolean (*BbHsdsPieceFunc) (const char  *text,
                                     gsize        length,
                                     guint        line,
                                     const char  *problem,
                                     const char  *name,
                                     gpointer     user_data,
                                     GError     **error);

/* The rest of the file, once its services have been handed out: the text with the
 * lists left empty and every line where it was, the first problem of its text, the
 * root's "name" as the scanner saw it, and whether it had a list of services. */
typedef struct
{
  GString  *text;
  char     *problem;
  char     *name;
  gboolean  has_list;
} BbHsdsSkeleton;

void        _bb_hsds_skeleton_clear       (BbHsdsSkeleton   *skeleton);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BbHsdsSkeleton, _bb_hsds_skeleton_clear)

/* Reads @stream once, handing each element of the root's list of services to @func,
 * and gives the rest of the file as @skeleton. Fails on nesting deeper than
 * BB_HSDS_MAX_DEPTH, on text that is not JSON where the scanner looks, and when the
 * rest of the file is larger than BB_HSDS_MAX_PIECE. */
gboolean    _bb_hsds_scan                 (GInputStream     *stream,
                                           BbHsdsPieceFunc   func,
                                           gpointer          user_data,
                                           BbHsdsSkeleton   *skeleton,
                                           GError          **error);

/* Parses @text, which starts on line @first_line of the file; on error says "Line 3:
 * the file is not valid JSON (…)." from json-glib's own words. */
JsonNode   *_bb_hsds_parse                (const char       *text,
                                           gsize             length,
                                           guint             first_line,
                                           GError          **error);

G_END_DECLS
