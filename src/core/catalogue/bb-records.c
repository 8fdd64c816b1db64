/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-records.h"

/**
 * bb_records_copy:
 *
 * Returns: (transfer full): a deep copy of @records, which may be NULL
 */
GPtrArray *
bb_records_copy (GPtrArray        *records,
                 BbRecordCopyFunc  copy_func,
                 GDestroyNotify    free_func)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (free_func);

  for (guint i = 0; records != NULL && i < records->len; i++)
    g_ptr_array_add (copy, copy_func (g_ptr_array_index (records, i)));

  return copy;
}

gboolean
bb_records_equal (GPtrArray         *a,
                  GPtrArray         *b,
                  BbRecordEqualFunc  equal_func)
{
  guint n_a = a != NULL ? a->len : 0;
  guint n_b = b != NULL ? b->len : 0;

  if (n_a != n_b)
    return FALSE;

  for (guint i = 0; i < n_a; i++)
    {
      if (!equal_func (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}

char *
bb_records_to_string (GPtrArray            *records,
                      BbRecordToStringFunc  to_string,
                      const char           *separator)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      g_autofree char *part = to_string (g_ptr_array_index (records, i));

      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, part);
    }

  return g_string_free (text, FALSE);
}
