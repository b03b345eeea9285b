/* podium-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "podium-cli.h"
#include "podium-conflicts.h"
#include "podium-export.h"
#include "podium-json.h"
#include "podium-media.h"
#include "podium-merge.h"

static gboolean
is_cli_option (const char *arg)
{
  static const char * const options[] = { "--check", "--export", "--merge", "--help", "-h", "--version", NULL };

  for (guint i = 0; options[i]; i++)
    if (g_str_equal (arg, options[i]) ||
        (g_str_has_prefix (arg, options[i]) && arg[strlen (options[i])] == '='))
      return TRUE;
  return FALSE;
}

/* Whether @argv asks for command-line work rather than the window */
gboolean
podium_cli_wanted (int    argc,
                   char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (is_cli_option (argv[i]))
        return TRUE;
    }
  return FALSE;
}

static int
check (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(PodiumConflicts) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (!(document = podium_load_file (file, &error)))
    {
      g_print ("%s\n", error->message);
      return PODIUM_EXIT_FAILURE;
    }

  /* Whether the video files are there decides video-missing, their real lengths
   * video-overrun */
  podium_media_refresh_videos (document, file);

  conflicts = podium_conflicts_new (document);

  /* Like a compiler: the severity stays an untranslated keyword that scripts can match */
  n = g_list_model_get_n_items (G_LIST_MODEL (conflicts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumConflict) conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), i);

      g_print ("%s: %s: [%s] %s\n", path,
               podium_enum_to_nick (PODIUM_TYPE_SEVERITY, podium_conflict_get_severity (conflict)),
               podium_conflict_get_rule (conflict), podium_conflict_get_message (conflict));
    }

  /* Information (an unapproved video, a confirmed session not yet placed) is worth
   * reading but is no fault of the plan, so only errors and warnings fail the check.
   */
  if (podium_conflicts_get_count_for_severity (conflicts, PODIUM_SEVERITY_ERROR) > 0 ||
      podium_conflicts_get_count_for_severity (conflicts, PODIUM_SEVERITY_WARNING) > 0)
    return PODIUM_EXIT_CONFLICTS;

  return PODIUM_EXIT_OK;
}

static gboolean
write_output (const char  *path,
              GBytes      *bytes,
              gboolean     binary,
              GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GFile) file = NULL;

  if (g_str_equal (path, "-"))
    {
      if (binary && isatty (fileno (stdout)))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("will not write a binary file to a terminal; use --output FILE"));
          return FALSE;
        }
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("could not write to standard output"));
          return FALSE;
        }
      return TRUE;
    }

  /* Atomic: the file appears whole or not at all; the one it replaces stays as FILE~ */
  file = g_file_new_for_commandline_arg (path);
  podium_format_remove_stale_temp_files (file);
  return g_file_replace_contents (file, data, size, NULL, TRUE, G_FILE_CREATE_NONE,
                                  NULL, NULL, error);
}

static int
export (const char                *format,
        const char                *output,
        const char                *path,
        const PodiumExportOptions *options)
{
  const PodiumExporter *exporter = podium_exporter_find (format);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PodiumExportOptions opts = *options;

  if (exporter == NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      const PodiumExporter *all;
      guint n;

      all = podium_exporter_list (&n);
      for (guint i = 0; i < n; i++)
        g_string_append_printf (names, "%s%s", i ? ", " : "", all[i].name);
      g_printerr (_("podium: error: unknown export format “%s” (expected one of: %s)\n"), format, names->str);
      return PODIUM_EXIT_FAILURE;
    }

  if (!(document = podium_load_file (file, &error)))
    {
      g_printerr ("%s\n", error->message);
      return PODIUM_EXIT_FAILURE;
    }

  /* Printed lengths are the files' real ones; the plan itself is written back as stored */
  if (!g_str_equal (format, "podium"))
    podium_media_refresh_videos (document, file);

  opts.base = file;
  /* What the plan lacks is said of the plan, what cannot be written of the output */
  if (!(bytes = exporter->export (document, &opts, &error)))
    {
      g_printerr (_("podium: error: %s: %s\n"), path, error->message);
      return PODIUM_EXIT_FAILURE;
    }
  if (!write_output (output, bytes, exporter->binary, &error))
    {
      g_printerr (_("podium: error: %s: %s\n"), output, error->message);
      return PODIUM_EXIT_FAILURE;
    }

  return PODIUM_EXIT_OK;
}

/* Reads one of the versions --merge combines: a Podium plan whatever its name (git hands
 * over temporary files) */
static PodiumDocument *
read_version (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  PodiumDocument *document = podium_json_read_file (file, &error);

  if (document == NULL)
    /* TRANSLATORS: a file given to --merge, and why it does not read */
    g_printerr (_("podium: error: cannot merge “%s”: %s\n"), path, error->message);
  return document;
}

/* Three-way merge of plans, as a git merge driver runs it: what MINE and THEIRS each
 * changed since BASE, into OUTPUT. Conflicts take mine and are listed, one a line. */
static int
merge_versions (const char *base_path,
                const char *mine_path,
                const char *theirs_path,
                const char *output)
{
  g_autoptr(PodiumDocument) base = NULL;
  g_autoptr(PodiumDocument) mine = NULL;
  g_autoptr(PodiumDocument) theirs = NULL;
  g_autoptr(PodiumMerge) merge = NULL;
  g_autoptr(PodiumDocument) result = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GListModel *conflicts;
  gsize length = 0;
  guint n;

  if (!(base = read_version (base_path)) || !(mine = read_version (mine_path)) ||
      !(theirs = read_version (theirs_path)))
    return PODIUM_EXIT_FAILURE;

  merge = podium_merge_new (base, mine, theirs);
  result = podium_merge_get_result (merge);
  text = podium_json_write (result, &length);

  /* Atomic, and no "FILE~": git's file stays the only one */
  file = g_file_new_for_commandline_arg (output);
  if (!g_file_replace_contents (file, text, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, NULL, &error))
    {
      g_printerr (_("podium: error: %s: %s\n"), output, error->message);
      return PODIUM_EXIT_FAILURE;
    }

  conflicts = podium_merge_get_conflicts (merge);
  n = g_list_model_get_n_items (conflicts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumMergeConflict) conflict = g_list_model_get_item (conflicts, i);

      /* TRANSLATORS: a conflict --merge left: "Grußwort: Start: 10:00 (mine) · 10:30 (theirs)" */
      g_printerr (_("podium: conflict: %s: %s: %s (mine) · %s (theirs)\n"),
                  podium_merge_conflict_get_object_name (conflict),
                  podium_merge_conflict_get_label (conflict),
                  podium_merge_conflict_get_mine_text (conflict),
                  podium_merge_conflict_get_theirs_text (conflict));
    }
  if (n > 0)
    {
      g_printerr (ngettext ("podium: %u conflict left; %s holds MINE’s value\n",
                            "podium: %u conflicts left; %s holds MINE’s values\n", n),
                  n, output);
      return PODIUM_EXIT_CONFLICTS;
    }
  return PODIUM_EXIT_OK;
}

int
podium_cli_run (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *check_file = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *document = NULL;
  g_autofree char *language = NULL;
  g_autofree char *day = NULL;
  g_autofree char *since = NULL;
  g_auto(GStrv) files = NULL;
  gboolean version = FALSE;
  gboolean abstracts = FALSE;
  gboolean merging = FALSE;
  PodiumExportOptions options = { "programme", NULL, PODIUM_DATE_NONE, NULL };
  const GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_FILENAME, &check_file,
      N_("List the problems of a plan; exit 0 for none, 1 for conflicts, 2 if it cannot be read"), N_("FILE") },
    { "export", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Convert FILE into FORMAT: podium, pdf, html, ics, frab-xml, frab-json, csv, changes; with personal data: participants, badges or attendance"), N_("FORMAT") },
    { "merge", 0, 0, G_OPTION_ARG_NONE, &merging,
      N_("Merge what MINE and THEIRS each changed since BASE into --output; exit 0 merged, 1 conflicts left (MINE’s value taken), 2 if a file cannot be read"),
      NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where --export writes; “-” is standard output"), N_("PATH") },
    { "document", 0, 0, G_OPTION_ARG_STRING, &document,
      N_("What to export as pdf or html: programme, rooms, speakers, run-of-show; as pdf also badges or attendance"), N_("DOCUMENT") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("Language of the exported text (default: the conference’s)"), N_("LANG") },
    { "day", 0, 0, G_OPTION_ARG_STRING, &day,
      N_("Export only this day"), N_("YYYY-MM-DD") },
    { "abstracts", 0, 0, G_OPTION_ARG_NONE, &abstracts,
      N_("Print the sessions’ abstracts in the programme (pdf, html)"), NULL },
    { "since", 0, 0, G_OPTION_ARG_STRING, &since,
      N_("What changed since this version, by name or id (changes; default: the latest)"), N_("NAME") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE…]") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Plan conferences that several organisations run together."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("podium: error: %s\n", error->message);
      return PODIUM_EXIT_FAILURE;
    }

  if (version)
    {
      g_print ("podium %s\n", PACKAGE_VERSION);
      return PODIUM_EXIT_OK;
    }

  if (check_file != NULL)
    {
      if (format != NULL || (files && files[0]))
        {
          g_printerr (_("podium: error: --check takes exactly one file and no other options\n"));
          return PODIUM_EXIT_FAILURE;
        }
      return check (check_file);
    }

  if (merging)
    {
      if (format != NULL || files == NULL || g_strv_length (files) != 3 || output == NULL)
        {
          g_printerr (_("podium: error: usage: podium --merge BASE MINE THEIRS --output PATH\n"));
          return PODIUM_EXIT_FAILURE;
        }
      return merge_versions (files[0], files[1], files[2], output);
    }

  if (format == NULL)
    {
      g_printerr (_("podium: error: nothing to do; see podium --help\n"));
      return PODIUM_EXIT_FAILURE;
    }
  if (output == NULL)
    {
      g_printerr (_("podium: error: --export needs --output PATH (“-” for standard output)\n"));
      return PODIUM_EXIT_FAILURE;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr (_("podium: error: --export takes exactly one input file\n"));
      return PODIUM_EXIT_FAILURE;
    }
  if (document != NULL)
    {
      static const char * const documents[] = {
        "programme", "rooms", "speakers", "run-of-show", "badges", "attendance", NULL
      };

      if (!g_strv_contains (documents, document))
        {
          g_printerr (_("podium: error: unknown document “%s” (expected programme, rooms, speakers, run-of-show, badges or attendance)\n"),
                      document);
          return PODIUM_EXIT_FAILURE;
        }
      /* Badges and attendance lists are drawn pages: the HTML programme has no such thing */
      if ((g_str_equal (document, "badges") || g_str_equal (document, "attendance")) &&
          !g_str_equal (format, "pdf"))
        {
          g_printerr (_("podium: error: --document %s works with --export pdf only\n"), document);
          return PODIUM_EXIT_FAILURE;
        }
      options.document = document;
    }
  if (day != NULL && !podium_time_parse_date (day, &options.day))
    {
      g_printerr (_("podium: error: --day: “%s” is not a date (YYYY-MM-DD)\n"), day);
      return PODIUM_EXIT_FAILURE;
    }
  options.language = language;
  /* Only the programme has room for abstracts; asking elsewhere is a mistake to point out */
  if (abstracts && !g_str_equal (options.document, "programme"))
    {
      g_printerr (_("podium: error: --abstracts works with --document programme only\n"));
      return PODIUM_EXIT_FAILURE;
    }
  options.abstracts = abstracts;
  if (since != NULL && !g_str_equal (format, "changes"))
    {
      g_printerr (_("podium: error: --since works with --export changes only\n"));
      return PODIUM_EXIT_FAILURE;
    }
  options.since = since;
  options.output = output;

  return export (format, output, files[0], &options);
}
