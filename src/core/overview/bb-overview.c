/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The overview as data: the filter, the cards and their words. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bb-format.h"
#include "bb-overview-private.h"

struct _BbOverview
{
  BbOverviewFilter  filter;
  char             *adviser_name;
  GPtrArray        *cards;
};

G_DEFINE_QUARK (bb-overview-error-quark, bb_overview_error)

/* ---- the filter -------------------------------------------------------- */

gboolean
_bb_overview_parse_day (const char *text,
                        GDate      *date)
{
  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  g_date_set_parse (date, text);
  if (!g_date_valid (date))
    return FALSE;

  {
    char iso[16];

    /* g_date_set_parse () also takes "2026-02-30" as something else. */
    g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
    return strcmp (iso, text) == 0;
  }
}

char *
_bb_overview_format_day (const GDate *date)
{
  char iso[16];

  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
  return g_strdup (iso);
}

gboolean
bb_overview_filter_init (BbOverviewFilter      *filter,
                         BbOverviewPeriodKind   kind,
                         const char            *today,
                         const char            *from,
                         const char            *to,
                         GError               **error)
{
  GDate first, last;

  g_return_val_if_fail (filter != NULL, FALSE);

  memset (filter, 0, sizeof *filter);
  filter->kind = kind;

  if (kind == BB_OVERVIEW_PERIOD_CUSTOM)
    {
      if (!_bb_overview_parse_day (from, &first) || !_bb_overview_parse_day (to, &last))
        {
          g_set_error_literal (error, BB_OVERVIEW_ERROR, BB_OVERVIEW_ERROR_INVALID,
                               _("A period is two dates, for example 2026-03-01 and 2026-03-31."));
          return FALSE;
        }
      if (g_date_compare (&first, &last) > 0)
        {
          g_set_error (error, BB_OVERVIEW_ERROR, BB_OVERVIEW_ERROR_INVALID,
                       _("The period ends on %s, before it begins on %s."), to, from);
          return FALSE;
        }
    }
  else
    {
      GDateMonth month;

      if (!_bb_overview_parse_day (today, &first))
        {
          g_set_error_literal (error, BB_OVERVIEW_ERROR, BB_OVERVIEW_ERROR_INVALID,
                               _("A period is two dates, for example 2026-03-01 and 2026-03-31."));
          return FALSE;
        }
      month = g_date_get_month (&first);
      if (kind == BB_OVERVIEW_PERIOD_QUARTER)
        month = (month - 1) / 3 * 3 + 1;
      else if (kind == BB_OVERVIEW_PERIOD_YEAR)
        month = G_DATE_JANUARY;
      g_date_set_dmy (&first, 1, month, g_date_get_year (&first));

      last = first;
      g_date_add_months (&last, kind == BB_OVERVIEW_PERIOD_MONTH ? 1 : kind == BB_OVERVIEW_PERIOD_QUARTER ? 3 : 12);
      g_date_subtract_days (&last, 1);
    }

  filter->from = _bb_overview_format_day (&first);
  filter->to = _bb_overview_format_day (&last);
  return TRUE;
}

void
bb_overview_filter_clear (BbOverviewFilter *filter)
{
  if (filter == NULL)
    return;

  g_clear_pointer (&filter->from, g_free);
  g_clear_pointer (&filter->to, g_free);
}

void
bb_overview_filter_copy (BbOverviewFilter       *dest,
                         const BbOverviewFilter *src)
{
  g_return_if_fail (dest != NULL && src != NULL);

  *dest = *src;
  dest->from = g_strdup (src->from);
  dest->to = g_strdup (src->to);
}

char *
bb_overview_filter_describe (const BbOverviewFilter *filter)
{
  GDate first, last;

  g_return_val_if_fail (filter != NULL, NULL);

  if (!_bb_overview_parse_day (filter->from, &first) || !_bb_overview_parse_day (filter->to, &last))
    return g_strdup ("");

  switch (filter->kind)
    {
    case BB_OVERVIEW_PERIOD_MONTH:
      return _bb_overview_month_label (filter->from);

    case BB_OVERVIEW_PERIOD_QUARTER:
      /* Translators: a quarter of a year: its number and the year. */
      return g_strdup_printf (_("Quarter %u %u"), (g_date_get_month (&first) - 1) / 3 + 1,
                              g_date_get_year (&first));

    case BB_OVERVIEW_PERIOD_YEAR:
      return g_strdup_printf ("%u", g_date_get_year (&first));

    case BB_OVERVIEW_PERIOD_CUSTOM:
    default:
      {
        g_autofree char *from = bb_format_date (filter->from);
        g_autofree char *to = bb_format_date (filter->to);

        /* Translators: a period from one date to another. */
        return g_strdup_printf (_("%s – %s"), from, to);
      }
    }
}

/* "March 2026" for "2026-03" (or a day in it). */
char *
_bb_overview_month_label (const char *month)
{
  /* From the translations, not from LC_TIME: a Danish interface on a system
   * without a Danish locale still says "marts". */
  int year = 0, number = 0;

  if (month == NULL || sscanf (month, "%4d-%2d", &year, &number) != 2)
    return g_strdup (month != NULL ? month : "");

  if (number < 1 || number > 12)
    return g_strdup (month);
  /* Translators: a month and its year on a chart: %1$s the month's name, %2$d the
   * year ("March 2026"). */
  return g_strdup_printf (C_("overview month", "%1$s %2$d"),
                          bb_format_month_name (number), year);
}

/* ---- links --------------------------------------------------------------- */

BbOverviewLink *
bb_overview_link_new_valist (const char *view,
                             gint64      adviser_id,
                             const char *first_filter,
                             va_list     filters)
{
  BbOverviewLink *link = g_new0 (BbOverviewLink, 1);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  for (const char *filter = first_filter; filter != NULL; filter = va_arg (filters, const char *))
    {
      const char *value = va_arg (filters, const char *);

      if (value != NULL)
        g_variant_builder_add (&builder, "{ss}", filter, value);
    }
  if (adviser_id > 0)
    {
      char text[32];

      g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, adviser_id);
      g_variant_builder_add (&builder, "{ss}", "adviser", text);
    }
  link->view = g_strdup (view);
  link->filters = g_variant_ref_sink (g_variant_builder_end (&builder));

  return link;
}

BbOverviewLink *
bb_overview_link_new (const char *view,
                      const char *first_filter,
                      ...)
{
  BbOverviewLink *link;
  va_list filters;

  va_start (filters, first_filter);
  link = bb_overview_link_new_valist (view, 0, first_filter, filters);
  va_end (filters);

  return link;
}

BbOverviewLink *
bb_overview_link_copy (const BbOverviewLink *link)
{
  BbOverviewLink *copy = g_new0 (BbOverviewLink, 1);

  copy->view = g_strdup (link->view);
  copy->filters = g_variant_ref (link->filters);

  return copy;
}

void
bb_overview_link_free (BbOverviewLink *link)
{
  if (link == NULL)
    return;

  g_free (link->view);
  g_variant_unref (link->filters);
  g_free (link);
}

GVariant *
bb_overview_link_get_target (const BbOverviewLink *link)
{
  g_return_val_if_fail (link != NULL, NULL);

  return g_variant_new ("(s@a{ss})", link->view, link->filters);
}

const char *
bb_overview_link_get (const BbOverviewLink *link,
                      const char           *filter)
{
  const char *value = NULL;

  g_return_val_if_fail (link != NULL, NULL);

  return g_variant_lookup (link->filters, filter, "&s", &value) ? value : NULL;
}

/* ---- cards --------------------------------------------------------------- */

static void
point_free (gpointer data)
{
  BbOverviewPoint *point = data;

  g_free (point->label);
  g_free (point->key);
  g_clear_pointer (&point->link, bb_overview_link_free);
  g_free (point);
}

static void
series_free (gpointer data)
{
  BbOverviewSeries *series = data;

  g_free (series->name);
  g_ptr_array_unref (series->points);
  g_free (series);
}

BbOverviewCard *
bb_overview_card_new (const char          *id,
                      const char          *title,
                      const char          *unit,
                      BbOverviewChartKind  kind)
{
  BbOverviewCard *card = g_new0 (BbOverviewCard, 1);

  g_return_val_if_fail (id != NULL, NULL);

  card->id = g_strdup (id);
  card->title = g_strdup (title);
  card->unit = g_strdup (unit);
  card->kind = kind;
  card->series = g_ptr_array_new_with_free_func (series_free);
  card->target = NAN;

  return card;
}

void
bb_overview_card_free (BbOverviewCard *card)
{
  if (card == NULL)
    return;

  g_free (card->id);
  g_free (card->title);
  g_free (card->unit);
  g_ptr_array_unref (card->series);
  g_free (card->summary);
  g_free (card->empty_text);
  g_free (card);
}

BbOverviewSeries *
bb_overview_card_add_series (BbOverviewCard *card,
                             const char     *name)
{
  BbOverviewSeries *series = g_new0 (BbOverviewSeries, 1);

  g_return_val_if_fail (card != NULL, NULL);

  series->name = g_strdup (name);
  series->points = g_ptr_array_new_with_free_func (point_free);
  g_ptr_array_add (card->series, series);

  return series;
}

void
bb_overview_series_add_keyed_point (BbOverviewSeries     *series,
                                    const char           *key,
                                    const char           *label,
                                    double                value,
                                    const BbOverviewLink *link)
{
  BbOverviewPoint *point = g_new0 (BbOverviewPoint, 1);

  g_return_if_fail (series != NULL);

  point->key = g_strdup (key);
  point->label = g_strdup (label);
  point->value = value;
  point->link = link != NULL ? bb_overview_link_copy (link) : NULL;
  g_ptr_array_add (series->points, point);
}

void
bb_overview_series_add_point (BbOverviewSeries     *series,
                              const char           *label,
                              double                value,
                              const BbOverviewLink *link)
{
  bb_overview_series_add_keyed_point (series, NULL, label, value, link);
}

/* Whole numbers without decimals, others with one, in the locale's way. */
char *
_bb_overview_format_value (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

static void
append_value (GString              *text,
              const BbOverviewCard *card,
              double                value)
{
  g_autofree char *number = _bb_overview_format_value (value);

  if (card->unit != NULL && strcmp (card->unit, "%") == 0)
    /* Translators: a share in per cent, as a chart's text says it. */
    g_string_append_printf (text, _("%s %%"), number);
  else
    g_string_append (text, number);
}

char *
bb_overview_card_describe (const BbOverviewCard *card)
{
  g_autoptr(GString) text = g_string_new (NULL);
  BbOverviewSeries *first;

  g_return_val_if_fail (card != NULL, NULL);

  g_string_append (text, card->title != NULL ? card->title : "");
  g_string_append (text, ": ");

  if (card->empty_text != NULL || card->series->len == 0 ||
      ((BbOverviewSeries *) g_ptr_array_index (card->series, 0))->points->len == 0)
    {
      g_string_append (text, card->empty_text != NULL ? card->empty_text : _("Nothing to show"));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  first = g_ptr_array_index (card->series, 0);
  if (card->series->len == 1 || card->kind == BB_OVERVIEW_CHART_NUMBERS)
    {
      /* One list: "Waiting 12, Advisory conversations 30". */
      gboolean any = FALSE;

      for (guint s = 0; s < card->series->len; s++)
        {
          BbOverviewSeries *series = g_ptr_array_index (card->series, s);
          guint n = card->kind == BB_OVERVIEW_CHART_NUMBERS ? MIN (series->points->len, 1) : series->points->len;

          for (guint i = 0; i < n; i++)
            {
              BbOverviewPoint *point = g_ptr_array_index (series->points, i);

              if (any)
                g_string_append (text, ", ");
              any = TRUE;
              g_string_append (text, card->kind == BB_OVERVIEW_CHART_NUMBERS && series->name != NULL
                                       ? series->name : point->label);
              g_string_append_c (text, ' ');
              append_value (text, card, point->value);
            }
        }
    }
  else if (card->kind == BB_OVERVIEW_CHART_LINE)
    {
      /* A curve each: "Recruitment: January 2026 1, February 2026 2; Follow-up: …". */
      for (guint s = 0; s < card->series->len; s++)
        {
          BbOverviewSeries *series = g_ptr_array_index (card->series, s);

          if (s > 0)
            g_string_append (text, "; ");
          g_string_append (text, series->name != NULL ? series->name : "");
          g_string_append (text, ": ");
          for (guint i = 0; i < series->points->len; i++)
            {
              BbOverviewPoint *point = g_ptr_array_index (series->points, i);

              if (i > 0)
                g_string_append (text, ", ");
              g_string_append (text, point->label);
              g_string_append_c (text, ' ');
              append_value (text, card, point->value);
            }
        }
    }
  else
    {
      /* Grouped by label: "March 2026: New 5, Closed 3; April 2026: …". */
      for (guint i = 0; i < first->points->len; i++)
        {
          BbOverviewPoint *point = g_ptr_array_index (first->points, i);

          if (i > 0)
            g_string_append (text, "; ");
          g_string_append (text, point->label);
          g_string_append (text, ": ");
          for (guint s = 0; s < card->series->len; s++)
            {
              BbOverviewSeries *series = g_ptr_array_index (card->series, s);

              if (i >= series->points->len)
                continue;
              if (s > 0)
                g_string_append (text, ", ");
              g_string_append (text, series->name != NULL ? series->name : "");
              g_string_append_c (text, ' ');
              append_value (text, card, ((BbOverviewPoint *) g_ptr_array_index (series->points, i))->value);
            }
        }
    }

  if (card->unit != NULL && *card->unit != '\0' && strcmp (card->unit, "%") != 0)
    g_string_append_printf (text, " (%s)", card->unit);

  if (!isnan (card->target))
    {
      g_string_append (text, ". ");
      g_string_append (text, _("Target"));
      g_string_append_c (text, ' ');
      append_value (text, card, card->target);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- the overview ------------------------------------------------------ */

BbOverview *
bb_overview_new (const BbOverviewFilter *filter)
{
  BbOverview *self = g_new0 (BbOverview, 1);

  g_return_val_if_fail (filter != NULL, NULL);

  bb_overview_filter_copy (&self->filter, filter);
  self->cards = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_overview_card_free);

  return self;
}

void
bb_overview_free (BbOverview *self)
{
  if (self == NULL)
    return;

  bb_overview_filter_clear (&self->filter);
  g_free (self->adviser_name);
  g_ptr_array_unref (self->cards);
  g_free (self);
}

const BbOverviewFilter *
bb_overview_get_filter (BbOverview *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->filter;
}

const char *
bb_overview_get_adviser_name (BbOverview *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->adviser_name;
}

void
bb_overview_set_adviser_name (BbOverview *self,
                              const char *name)
{
  g_return_if_fail (self != NULL);

  g_free (self->adviser_name);
  self->adviser_name = g_strdup (name);
}

guint
bb_overview_get_n_cards (BbOverview *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->cards->len;
}

BbOverviewCard *
bb_overview_get_card (BbOverview *self,
                      guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->cards->len, NULL);

  return g_ptr_array_index (self->cards, index);
}

BbOverviewCard *
bb_overview_lookup_card (BbOverview *self,
                         const char *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->cards->len; i++)
    {
      BbOverviewCard *card = g_ptr_array_index (self->cards, i);

      if (g_strcmp0 (card->id, id) == 0)
        return card;
    }

  return NULL;
}

void
bb_overview_add_card (BbOverview     *self,
                      BbOverviewCard *card)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (card != NULL);

  if (card->summary == NULL)
    card->summary = bb_overview_card_describe (card);
  g_ptr_array_add (self->cards, card);
}

/* ---- CSV ------------------------------------------------------------------ */

static void
append_csv (GString    *out,
            const char *a,
            const char *b,
            const char *c,
            const char *d,
            const char *e)
{
  const char *cells[] = { a, b, c, d, e };
  char *guarded[G_N_ELEMENTS (cells) + 1] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    guarded[i] = bb_csv_guard_formula (g_strdup (cells[i] != NULL ? cells[i] : ""));
  bb_csv_append_record (out, (const char * const *) guarded, ',');
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    g_free (guarded[i]);
}

static gboolean
write_csv (GOutputStream  *stream,
           gpointer        user_data,
           GError        **error)
{
  GString *out = user_data;

  return g_output_stream_write_all (stream, out->str, out->len, NULL, NULL, error);
}

gboolean
bb_overview_write_csv (BbOverview  *self,
                       GFile       *file,
                       GError     **error)
{
  g_autoptr(GString) out = g_string_new (BB_CSV_BOM);
  g_autofree char *adviser_id = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  append_csv (out, "card", "series", "label", "value", "unit");
  append_csv (out, "period", self->filter.from, self->filter.to, NULL, NULL);
  adviser_id = g_strdup_printf ("%" G_GINT64_FORMAT, self->filter.adviser_id);
  append_csv (out, "adviser", adviser_id, self->adviser_name, NULL, NULL);

  for (guint c = 0; c < self->cards->len; c++)
    {
      BbOverviewCard *card = g_ptr_array_index (self->cards, c);

      for (guint s = 0; s < card->series->len; s++)
        {
          BbOverviewSeries *series = g_ptr_array_index (card->series, s);

          for (guint i = 0; i < series->points->len; i++)
            {
              BbOverviewPoint *point = g_ptr_array_index (series->points, i);
              char value[G_ASCII_DTOSTR_BUF_SIZE] = "";

              /* A dot as the decimal mark whatever the locale: a file for programs. */
              if (!isnan (point->value))
                g_ascii_formatd (value, sizeof value, "%.10g", point->value);
              append_csv (out, card->id, series->name, point->label, value, card->unit);
            }
        }
    }

  return bb_file_replace (file, write_csv, out, error);
}
