/* podium-csv.c — the sessions table for spreadsheet users
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "podium-csv.h"
#include "podium-labels.h"
#include "podium-schedule.h"

/* A spreadsheet would run "=HYPERLINK(…)" from an imported title or id, also after a tab,
 * a carriage return or spaces (OWASP's CSV injection rules) */
static gboolean
looks_like_formula (const char *text)
{
  if (text[0] == '\t' || text[0] == '\r')
    return TRUE;
  while (*text == ' ')
    text++;
  return text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@';
}

static void
append_field (GString    *out,
              const char *text)
{
  gboolean quote;

  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, ',');
  if (text == NULL)
    return;

  quote = strpbrk (text, ",\"\r\n") != NULL;
  if (quote)
    g_string_append_c (out, '"');
  if (looks_like_formula (text))
    g_string_append_c (out, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

static void
end_row (GString *out)
{
  g_string_append (out, "\r\n");
}

GBytes *
podium_csv_export (PodiumDocument            *document,
                   const PodiumExportOptions *options,
                   GError                   **error)
{
  static const char * const header[] = {
    "id", "title", "kind", "status", "date", "start", "end", "duration", "room", "roles", "abstract",
  };
  g_autoptr(GPtrArray) scheduled = NULL;
  GListModel *sessions;
  GString *out;
  int only_day;
  gsize length;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  only_day = options ? options->day : PODIUM_DATE_NONE;
  sessions = podium_document_get_sessions (document);

  /* Scheduled sessions in time order, then (for every day) the others in document order */
  scheduled = podium_schedule_sessions_on_day (document, only_day);
  if (only_day == PODIUM_DATE_NONE)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < scheduled->len; i++)
        g_hash_table_add (seen, g_ptr_array_index (scheduled, i));
      for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
        {
          PodiumSession *session = g_list_model_get_item (sessions, i);

          if (g_hash_table_contains (seen, session))
            g_object_unref (session);
          else
            g_ptr_array_add (scheduled, session);
        }
    }

  out = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    append_field (out, header[i]);
  end_row (out);

  for (guint i = 0; i < scheduled->len; i++)
    {
      PodiumSession *session = g_ptr_array_index (scheduled, i);
      gint64 start = podium_session_get_start (session);
      gboolean is_scheduled = podium_session_is_scheduled (session);
      g_autofree char *date = NULL;
      g_autofree char *clock = NULL;
      g_autofree char *end = NULL;
      g_autofree char *duration = NULL;
      g_autofree char *place = NULL;
      g_autofree char *roles = NULL;

      if (is_scheduled)
        {
          date = podium_time_format_date (podium_time_get_date (start));
          clock = podium_time_format_clock (podium_time_get_clock (start));
          end = podium_time_format_clock (podium_time_get_clock (podium_session_get_end (session)));
        }
      duration = g_strdup_printf ("%d", podium_session_get_duration (session));
      place = podium_labels_session_place (session);
      roles = podium_labels_session_roles (session);

      append_field (out, podium_object_get_id (PODIUM_OBJECT (session)));
      append_field (out, podium_session_get_title (session));
      append_field (out, podium_labels_session_kind (podium_session_get_kind (session)));
      append_field (out, podium_labels_session_status (podium_session_get_status (session)));
      append_field (out, date);
      append_field (out, clock);
      append_field (out, end);
      append_field (out, duration);
      append_field (out, place);
      append_field (out, roles);
      append_field (out, podium_session_get_abstract (session));
      end_row (out);
    }

  length = out->len;
  return g_bytes_new_take (g_string_free (out, FALSE), length);
}
