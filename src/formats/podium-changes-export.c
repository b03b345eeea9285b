/* podium-changes-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podium-changes-export.h"
#include "podium-labels.h"

/* What the export says, before it is written as text or HTML */
typedef struct
{
  char      *title;       /* "Changes to the programme since v2" */
  GPtrArray *lines;       /* about the version: published, agreed */
  GPtrArray *changes;     /* PodiumChange */
} Report;

static void
report_clear (Report *report)
{
  g_clear_pointer (&report->title, g_free);
  g_clear_pointer (&report->lines, g_ptr_array_unref);
  g_clear_pointer (&report->changes, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Report, report_clear)

static char *
list_versions (GListModel *versions)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(PodiumVersion) version = g_list_model_get_item (versions, i);

      g_string_append_printf (str, "%s“%s” (%s)", i ? ", " : "", podium_version_get_name (version),
                              podium_object_get_id (PODIUM_OBJECT (version)));
    }
  return g_string_free (str, FALSE);
}

static PodiumVersion *
find_version (PodiumDocument  *document,
              const char      *since,
              GError         **error)
{
  GListModel *versions = podium_document_get_versions (document);
  PodiumVersion *version;
  g_autofree char *names = NULL;

  version = since ? podium_changes_find_version (document, since)
                  : podium_document_get_latest_version (document);
  if (version != NULL)
    return version;

  if (g_list_model_get_n_items (versions) == 0)
    {
      if (since)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("no version “%s”: the plan has no published version yet"), since);
      else
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                             _("the plan has no published version yet"));
      return NULL;
    }

  names = list_versions (versions);
  /* TRANSLATORS: the versions are listed as “v2 — an die Ministerien versandt” (version-2) */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("no version “%s”; the plan’s versions are: %s"), since, names);
  return NULL;
}

static void
report_init (Report         *report,
             PodiumDocument *document,
             PodiumVersion  *version)
{
  g_autofree char *label = podium_version_label (version);
  gint64 published = podium_version_get_published (version);
  const char *publisher = podium_version_get_publisher (version);
  g_autofree char *date = NULL;

  report->title = g_strdup_printf (_("Changes to the programme since %s"), label);
  report->lines = g_ptr_array_new_with_free_func (g_free);
  report->changes = podium_changes_compute (version, document);

  if (published != PODIUM_TIME_NONE)
    date = podium_labels_date (podium_time_get_date (published));
  if (date != NULL && publisher != NULL)
    g_ptr_array_add (report->lines, g_strdup_printf (_("Published on %s by %s."), date, publisher));
  else if (date != NULL)
    g_ptr_array_add (report->lines, g_strdup_printf (_("Published on %s."), date));

  if (podium_version_is_approved_by_all (version, document))
    {
      GPtrArray *co = podium_conference_get_co_organizers (podium_document_get_conference (document));
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < co->len; i++)
        g_string_append_printf (names, "%s%s", i ? ", " : "",
                                podium_labels_organization (g_ptr_array_index (co, i)));
      if (report->changes->len > 0)
        g_ptr_array_add (report->lines,
                         g_strdup_printf (_("%s agreed to this version; the changes below came after, so it is superseded."),
                                          names->str));
      else
        g_ptr_array_add (report->lines, g_strdup_printf (_("%s agreed to this version."), names->str));
    }

  if (report->changes->len == 0)
    g_ptr_array_add (report->lines, g_strdup (_("Nothing in the programme has changed since.")));
}

static GBytes *
write_text (Report *report)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n\n", report->title);
  for (guint i = 0; i < report->lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (report->lines, i));
  if (report->changes->len > 0)
    g_string_append_c (out, '\n');
  for (guint i = 0; i < report->changes->len; i++)
    g_string_append_printf (out, "- %s\n", ((PodiumChange *) g_ptr_array_index (report->changes, i))->text);

  return g_string_free_to_bytes (out);
}

static void
append_element (GString    *out,
                const char *tag,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (out, "<%s>%s</%s>\n", tag, escaped, tag);
}

static GBytes *
write_html (Report *report)
{
  GString *out = g_string_new ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");

  append_element (out, "title", report->title);
  g_string_append (out, "<style>body{font-family:Cantarell,\"Noto Sans\",Arial,sans-serif;"
                        "max-width:46rem;margin:0 auto;padding:1.5rem 1rem;line-height:1.4}"
                        "li{margin:.3rem 0}</style>\n</head>\n<body>\n<main>\n");
  append_element (out, "h1", report->title);
  for (guint i = 0; i < report->lines->len; i++)
    append_element (out, "p", g_ptr_array_index (report->lines, i));
  if (report->changes->len > 0)
    {
      g_string_append (out, "<ul>\n");
      for (guint i = 0; i < report->changes->len; i++)
        append_element (out, "li", ((PodiumChange *) g_ptr_array_index (report->changes, i))->text);
      g_string_append (out, "</ul>\n");
    }
  g_string_append (out, "</main>\n</body>\n</html>\n");

  return g_string_free_to_bytes (out);
}

GBytes *
podium_changes_export (PodiumDocument            *document,
                       const PodiumExportOptions *options,
                       GError                   **error)
{
  g_auto(Report) report = { NULL };
  const char *output = options ? options->output : NULL;
  PodiumVersion *version;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  if (!(version = find_version (document, options ? options->since : NULL, error)))
    return NULL;

  report_init (&report, document, version);
  if (output != NULL && (g_str_equal (output, "-") || g_str_has_suffix (output, ".txt")))
    return write_text (&report);
  return write_html (&report);
}
