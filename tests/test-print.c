/* test-print.c — the printed programme, room signs, speakers and run of show, PDF and HTML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <sys/wait.h>

#include "podium-html.h"
#include "podium-labels.h"
#include "podium-pdf.h"
#include "podium-print-image.h"
#include "podium-print-language.h"
#include "podium-programme.h"
#include "podium-renderer.h"
#include "podium-time.h"
#include "podium-test-util.h"

/* Helpers */

static char *
output_dir (void)
{
  const char *build = g_getenv ("G_TEST_BUILDDIR");
  char *dir = g_build_filename (build ? build : ".", "print-output", NULL);

  g_mkdir_with_parents (dir, 0755);
  return dir;
}


static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    g_test_skip_printf ("%s is not installed (poppler-utils)", name);
  return path != NULL;
}

static void
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Writes @pdf as NAME.pdf and NAME-N.png pages (60 dpi) to the output folder and
 * returns its text as pdftotext -layout reads it; pages are split by \f. */
static char *
save_and_read_mode (GBytes     *pdf,
                    const char *name,
                    const char *mode)
{
  g_autofree char *dir = output_dir ();
  g_autofree char *pdf_name = g_strconcat (name, ".pdf", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, pdf_name, NULL);
  g_autofree char *png_prefix = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_set_contents (pdf_path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { "pdftotext", mode, "-enc", "UTF-8", pdf_path, "-", NULL };
    run (argv, &text);
  }
  {
    const char *argv[] = { "pdftoppm", "-png", "-r", "60", pdf_path, png_prefix, NULL };
    run (argv, NULL);
  }
  g_test_message ("wrote %s and its pages as PNG", pdf_path);
  return text;
}

static char *
save_and_read (GBytes     *pdf,
               const char *name)
{
  return save_and_read_mode (pdf, name, "-layout");
}

/* Without whitespace, so that line breaks and the columns of -layout do not matter */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  /* and without case: small labels are set in capitals */
  {
    g_autofree char *flat = g_string_free (out, FALSE);
    return g_utf8_casefold (flat, -1);
  }
}

static const char *
find_squashed (const char *haystack,
               const char *needle)
{
  g_autofree char *n = squash (needle);

  return strstr (haystack, n);
}

static GBytes *
export_pdf_with (PodiumDocument *document,
                 const char     *kind,
                 const char     *language,
                 int             day,
                 gboolean        abstracts)
{
  PodiumExportOptions options = { kind, language, day, NULL, abstracts };
  g_autoptr(GError) error = NULL;
  GBytes *bytes = podium_pdf_export (document, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_true (g_bytes_get_size (bytes) > 4);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 4, "%PDF", 4);
  return bytes;
}

static GBytes *
export_pdf (PodiumDocument *document,
            const char     *kind,
            const char     *language,
            int             day)
{
  return export_pdf_with (document, kind, language, day, FALSE);
}

/* The squashed text from @from's start up to @to (or the end), "" when @from is missing */
static char *
between (const char *flat,
         const char *from,
         const char *to)
{
  const char *start = find_squashed (flat, from);
  const char *end;

  if (start == NULL)
    return g_strdup ("");
  end = to ? find_squashed (start + 1, to) : NULL;
  return end ? g_strndup (start, end - start) : g_strdup (start);
}

/* Words as pdftotext -bbox gives them: text and height, by page */
typedef struct
{
  char *text;
  double height;
} Word;

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->text);
}

static void
free_words (gpointer data)
{
  g_array_unref (data);
}

static char *
unescape_xml (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  g_string_replace (out, "&lt;", "<", 0);
  g_string_replace (out, "&gt;", ">", 0);
  g_string_replace (out, "&quot;", "\"", 0);
  g_string_replace (out, "&apos;", "'", 0);
  g_string_replace (out, "&amp;", "&", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A GPtrArray of pages, each a GArray of Word */
static GPtrArray *
read_words (const char *pdf_path)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", pdf_path, "-", NULL };
  g_autofree char *xml = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *pages = g_ptr_array_new_with_free_func (free_words);
  GArray *page = NULL;

  run (argv, &xml);
  lines = g_strsplit (xml, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      double y_min, y_max;
      const char *text, *end;
      Word word;

      if (g_str_has_prefix (line, "<page "))
        {
          page = g_array_new (FALSE, FALSE, sizeof (Word));
          g_array_set_clear_func (page, word_clear);
          g_ptr_array_add (pages, page);
          continue;
        }
      if (!g_str_has_prefix (line, "<word ") || page == NULL ||
          (text = strchr (line, '>')) == NULL || (end = strstr (text, "</word>")) == NULL)
        continue;
      g_assert_true (sscanf (strstr (line, "yMin="), "yMin=\"%lf\"", &y_min) == 1);
      g_assert_true (sscanf (strstr (line, "yMax="), "yMax=\"%lf\"", &y_max) == 1);
      {
        g_autofree char *raw = g_strndup (text + 1, end - text - 1);
        word.text = unescape_xml (raw);
      }
      word.height = y_max - y_min;
      g_array_append_val (page, word);
    }
  return pages;
}

/* How large @phrase is printed on @page: the height of its smallest word where its words
 * follow each other, the largest such place when it is printed more than once; -1 when
 * it is not there */
static double
phrase_height (GArray     *page,
               const char *phrase)
{
  g_auto(GStrv) needle = g_strsplit (phrase, " ", -1);
  guint n = g_strv_length (needle);
  double largest = -1;

  for (guint i = 0; i + n <= page->len; i++)
    {
      double height = G_MAXDOUBLE;
      guint k;

      for (k = 0; k < n; k++)
        {
          Word *word = &g_array_index (page, Word, i + k);

          if (!g_str_equal (word->text, needle[k]))
            break;
          height = MIN (height, word->height);
        }
      if (k == n)
        largest = MAX (largest, height);
    }
  return largest;
}

/* The height pdftotext gives a word set in the renderer's bold face at @size points:
 * the yardstick for "printed at least this large" */
static double
reference_height (double size)
{
  g_autofree char *dir = output_dir ();
  g_autofree char *path = g_build_filename (dir, "reference-size.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 400, 200);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Cantarell, sans-serif");
  g_autoptr(GPtrArray) pages = NULL;
  double height;

  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  /* In the PDF's units, points, whatever resolution the font map assumes */
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, "Reference", -1);
  cairo_move_to (cr, 20, 20);
  pango_cairo_show_layout (cr, layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  pages = read_words (path);
  height = phrase_height (g_ptr_array_index (pages, 0), "Reference");
  g_assert_cmpfloat (height, >, 0);
  return height;
}

/* Sessions of the example that the tests look for */
static const char *werner = "Videobotschaft der Projektträgerin der FiF";
static const char *dulig = "Videobotschaft des Sächsischen Staatsministers für Wirtschaft, Arbeit und Verkehr";
static const char *after_werner = "Kaffeepause und Wechsel in die Themenräume";

/* The example's programme */

static void
check_programme (const char *text,
                 const char *language,
                 const char *moderation,
                 const char *video_message)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(GPtrArray) sessions = podium_programme_sorted_sessions (document, PODIUM_DATE_NONE);
  g_autofree char *flat = squash (text);
  const char *last = flat;

  g_assert_cmpuint (sessions->len, ==, 12);
  /* Role names as the export language says them */
  podium_print_push_language (language);
  for (guint i = 0; i < sessions->len; i++)
    {
      PodiumSession *session = g_ptr_array_index (sessions, i);
      PodiumRoom *room = podium_session_get_room (session);
      GListModel *roles = podium_session_get_roles (session);
      const char *at = find_squashed (last, podium_session_get_title (session));
      const char *next_title = NULL;
      g_autofree char *segment = NULL;
      g_autofree char *before = NULL;

      /* Every title, in time order */
      if (at == NULL)
        g_error ("“%s” is missing or out of order", podium_session_get_title (session));
      if (i + 1 < sessions->len)
        next_title = find_squashed (at, podium_session_get_title (g_ptr_array_index (sessions, i + 1)));
      segment = next_title ? g_strndup (at, next_title - at) : g_strdup (at);
      /* what stands above the title, after the previous session's */
      before = g_strndup (last, at - last);
      last = at;

      /* Everyone with role and organisation, inside the session's own entry */
      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, r);
          g_autofree char *holder = podium_labels_role_holder (role);
          PodiumPerson *person = podium_role_get_person (role);
          g_autofree char *label = squash (podium_labels_role (podium_role_get_role (role)));

          if (find_squashed (segment, holder) == NULL)
            g_error ("“%s” is missing in “%s”", holder, podium_session_get_title (session));
          g_assert_nonnull (strstr (segment, label));
          if (person && podium_person_get_position (person))
            g_assert_nonnull (find_squashed (segment, podium_person_get_position (person)));
        }

      /* Room theme and moderation of the parallel rooms */
      if (room != NULL && podium_room_get_theme (room) != NULL)
        {
          g_assert_nonnull (find_squashed (text == NULL ? "" : flat, podium_room_get_theme (room)));
          g_assert_nonnull (find_squashed (segment, moderation));
        }
      if (podium_session_get_kind (session) == PODIUM_SESSION_VIDEO_MESSAGE)
        g_assert_nonnull (find_squashed (before, video_message));
    }
  podium_print_pop_language ();
}

static void
test_programme_english (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  document = podium_test_load_example ();
  pdf = export_pdf (document, NULL, "en", PODIUM_DATE_NONE);
  text = save_and_read (pdf, "programme-en");
  flat = squash (text);

  check_programme (text, "en", "Moderation", "Video message");
  g_assert_nonnull (find_squashed (flat, "Monday, 20 November 2023"));
  g_assert_nonnull (find_squashed (flat, "10:00–10:10"));
  g_assert_nonnull (find_squashed (flat, "Parallel sessions"));
  g_assert_nonnull (find_squashed (flat, "Page 1 of"));
  g_assert_null (find_squashed (flat, "Montag"));
  /* Title block: host and co-organisers */
  g_assert_nonnull (find_squashed (flat, "Thüringer Agentur für Fachkräftegewinnung (ThAFF)"));
  g_assert_nonnull (find_squashed (flat, "Zentrum für Fachkräftesicherung und Gute Arbeit Sachsen (ZEFAS)"));
  g_assert_nonnull (find_squashed (flat, "Erfurt"));
}

static gboolean
translated_de (const char *msgid)
{
  gboolean translated;

  podium_print_push_language ("de");
  translated = g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, msgid), msgid) != 0;
  podium_print_pop_language ();
  return translated;
}

static gboolean
translated_de_context (const char *context,
                       const char *msgid)
{
  gboolean translated;

  podium_print_push_language ("de");
  translated = g_strcmp0 (g_dpgettext2 (GETTEXT_PACKAGE, context, msgid), msgid) != 0;
  podium_print_pop_language ();
  return translated;
}

static void
test_programme_german (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  /* The conference's language is German: no --language needed, in an English session */
  document = podium_test_load_example ();
  pdf = export_pdf (document, NULL, NULL, PODIUM_DATE_NONE);
  text = save_and_read (pdf, "programme-de");
  flat = squash (text);

  /* Day and month names follow the export language even without translations */
  g_assert_nonnull (find_squashed (flat, "Montag"));
  g_assert_null (find_squashed (flat, "Monday"));

  /* The German words come from po/de.po; each check waits for its translation */
  {
    static const struct { const char *msgid; const char *expected; } checks[] = {
      { "%A, %-d %B %Y", "Montag, 20. November 2023" },
      { "%s–%s", "10:00–10:10 Uhr" },
      { "Page %u of %u", "Seite 1 von" },
      { "Video message", "Videobotschaft" },
    };
    g_autoptr(GString) missing = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
      if (translated_de (checks[i].msgid))
        g_assert_nonnull (find_squashed (flat, checks[i].expected));
      else
        g_string_append_printf (missing, " \"%s\"", checks[i].msgid);

    if (missing->len > 0)
      {
        g_test_skip_printf ("po/de.po does not translate%s yet: those German words are "
                            "checked after the translation pass", missing->str);
        return;
      }
  }

  check_programme (text, "de", "Moderation", "Videobotschaft");
}

/* English export while the interface speaks German */
static void
test_language_independent (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(PodiumRenderer) renderer = NULL;
  g_autofree char *saved_lc = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *saved_language = g_strdup (g_getenv ("LANGUAGE"));
  PodiumExportOptions options = { NULL, "en", PODIUM_DATE_NONE, NULL };
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed (locale-gen, see README)");
      return;
    }
  g_setenv ("LANGUAGE", "de", TRUE);

  renderer = podium_renderer_new (document, &options);
  g_assert_cmpstr (podium_renderer_get_language (renderer), ==, "en");
  pdf = podium_pdf_render (renderer, NULL);
  text = save_and_read (pdf, "programme-en-from-de");
  flat = squash (text);
  g_assert_nonnull (find_squashed (flat, "Monday, 20 November 2023"));
  g_assert_nonnull (find_squashed (flat, "Video message"));
  g_assert_null (find_squashed (flat, "Montag"));
  g_assert_null (find_squashed (flat, "Uhr"));

  /* and the interface's language is back afterwards */
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "de");
  g_assert_true (g_str_has_prefix (setlocale (LC_TIME, NULL), "de_DE"));

  setlocale (LC_ALL, saved_lc);
  if (saved_language)
    g_setenv ("LANGUAGE", saved_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

/* The value of "Key:   value" in pdfinfo's output */
static const char *
info_value (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_intern_string (g_strstrip (lines[i] + strlen (prefix)));
  return NULL;
}

static void
test_pdf_metadata (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *dir = output_dir ();
  g_autofree char *path = g_build_filename (dir, "metadata.pdf", NULL);
  g_autofree char *info = NULL;

  if (!have_program ("pdfinfo"))
    return;

  document = podium_test_load_example ();
  pdf = export_pdf (document, NULL, "en", PODIUM_DATE_NONE);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  {
    const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };
    run (argv, &info);
  }
  g_assert_cmpstr (info_value (info, "Title"), ==, "1. Austauschtreffen der mitteldeutschen Fachkräfteinitiativen");
  g_assert_cmpstr (info_value (info, "Author"), ==, "Thüringer Agentur für Fachkräftegewinnung");
  g_assert_cmpstr (info_value (info, "Creator"), ==, "Podium");
  /* Structure tags, for screen readers (tests/test-pdf-structure.py reads them) */
  g_assert_cmpstr (info_value (info, "Tagged"), ==, "yes");
  /* A4 in the C locale */
  g_assert_cmpstr (info_value (info, "Page size"), ==, "595.276 x 841.89 pts (A4)");
}

/* ThAFF's logo is a file that is not there, ZEFAS's an SVG written to @svg; returns ZEFAS */
static PodiumOrganization *
set_logos (PodiumDocument *document,
           const char     *svg)
{
  PodiumOrganization *thaff = podium_document_lookup (document, PODIUM_TYPE_ORGANIZATION, "thaff");
  PodiumOrganization *zefas = podium_document_lookup (document, PODIUM_TYPE_ORGANIZATION, "zefas");

  g_assert_nonnull (thaff);
  g_assert_nonnull (zefas);
  g_assert_true (g_file_set_contents (svg,
                                      "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 90 30'>"
                                      "<rect width='90' height='30' fill='#2e7d32'/></svg>", -1, NULL));
  podium_document_edit (document, thaff, "logo", "no-such-logo.svg", NULL);
  podium_document_edit (document, zefas, "logo", svg, NULL);
  return zefas;
}

/* A logo whose file is gone is left out; the others are drawn, each a Figure with
 * the organisation's name as its alternative text */
static void
test_pdf_logos (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autofree char *dir = output_dir ();
  g_autofree char *svg = g_build_filename (dir, "logo-zefas.svg", NULL);
  g_autoptr(PodiumRenderer) renderer = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  PodiumExportOptions options = { NULL, "en", PODIUM_DATE_NONE, NULL };
  PodiumOrganization *zefas;
  GPtrArray *alts;

  zefas = set_logos (document, svg);

  renderer = podium_renderer_new (document, &options);
  pdf = podium_pdf_render (renderer, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  alts = podium_renderer_get_figure_alts (renderer);
  g_assert_cmpuint (alts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (alts, 0), ==, podium_organization_get_name (zefas));
}

static void
on_images_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GHashTable **images = user_data;
  g_autoptr(GError) error = NULL;

  *images = podium_print_images_read_finish (result, &error);
  g_assert_no_error (error);
}

/* The window reads the logos in a worker thread before it prints or exports, so that
 * drawing reads no file: with the file gone afterwards, the logo is still drawn, and a
 * logo that could not be read is left out without trying again */
static void
test_images_read_beforehand (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autofree char *dir = output_dir ();
  g_autofree char *svg = g_build_filename (dir, "logo-read-beforehand.svg", NULL);
  g_autoptr(PodiumRenderer) renderer = NULL;
  g_autoptr(GHashTable) images = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GError) error = NULL;
  PodiumExportOptions options = { NULL, "en", PODIUM_DATE_NONE, NULL };
  PodiumOrganization *zefas;
  GPtrArray *alts;

  zefas = set_logos (document, svg);

  podium_print_images_read_async (document, NULL, NULL, on_images_read_cb, &images);
  while (images == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_hash_table_contains (images, svg));
  g_assert_false (g_hash_table_contains (images, "no-such-logo.svg"));

  g_assert_cmpint (g_unlink (svg), ==, 0);
  options.images = images;
  renderer = podium_renderer_new (document, &options);
  pdf = podium_pdf_render (renderer, &error);
  g_assert_no_error (error);
  alts = podium_renderer_get_figure_alts (renderer);
  g_assert_cmpuint (alts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (alts, 0), ==, podium_organization_get_name (zefas));

  html = podium_html_export (document, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (html, NULL), g_bytes_get_size (html),
                                  "data:image/svg+xml;base64,"));
}

/* The other documents */

static void
test_room_signs (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  GListModel *rooms;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  document = podium_test_load_example ();
  rooms = podium_document_get_rooms (document);
  pdf = export_pdf (document, "rooms", "en", PODIUM_DATE_NONE);
  text = save_and_read (pdf, "rooms-en");
  pages = g_strsplit (text, "\f", -1);

  /* One page per room (the last piece after the final form feed is empty) */
  g_assert_cmpuint (g_strv_length (pages), ==, g_list_model_get_n_items (rooms) + 1);
  for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(PodiumRoom) room = g_list_model_get_item (rooms, i);
      g_autofree char *flat = squash (pages[i]);

      g_assert_nonnull (find_squashed (flat, podium_room_get_name (room)));
      if (podium_room_get_theme (room))
        {
          g_assert_nonnull (find_squashed (flat, podium_room_get_theme (room)));
          g_assert_nonnull (find_squashed (flat, "Moderation"));
        }
    }
  g_assert_nonnull (strstr (pages[1], "11:00"));
}

/* Readable from a door: the room and the first two sessions at 28 pt or more */
static void
test_room_sign_sizes (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *dir = output_dir ();
  g_autofree char *path = g_build_filename (dir, "rooms-sizes-en.pdf", NULL);
  g_autoptr(GPtrArray) pages = NULL;
  g_auto(GStrv) page_texts = NULL;
  GArray *plenary, *room_1;
  double large;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  document = podium_test_load_example ();
  pdf = export_pdf (document, "rooms", "en", PODIUM_DATE_NONE);
  text = save_and_read (pdf, "rooms-sizes-en");
  page_texts = g_strsplit (text, "\f", -1);
  pages = read_words (path);
  /* less a rounding error of the PDF's coordinates */
  large = reference_height (28) - 0.01;
  plenary = g_ptr_array_index (pages, 0);
  room_1 = g_ptr_array_index (pages, 1);

  g_assert_cmpfloat (phrase_height (plenary, "Plenarsaal"), >=, large);
  /* Now and next */
  g_assert_cmpfloat (phrase_height (plenary, "Begrüßung und Eröffnung"), >=, large);
  g_assert_cmpfloat (phrase_height (plenary, "Grußwort des Thüringer Arbeitsministeriums"), >=, large);
  g_assert_nonnull (strstr (page_texts[0], "Next: 10:10–10:20"));
  /* The rest of the day smaller, on the same sheet */
  g_assert_cmpfloat (phrase_height (plenary, werner), >, 0);
  g_assert_cmpfloat (phrase_height (plenary, werner), <, large);
  g_assert_cmpfloat (phrase_height (plenary, "Ergebnisse aus den Themenräumen und Ausblick"), >, 0);

  /* A breakout room: after the coffee break, its session */
  g_assert_cmpfloat (phrase_height (room_1, "Themenraum 1"), >=, large);
  g_assert_cmpfloat (phrase_height (room_1, "Pendler:innen, Rückkehrwillige und Zuwander:innen aus "
                                            "anderen Bundesländern"), >=, large);
}

static void
test_speakers (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  GListModel *people;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  document = podium_test_load_example ();
  people = podium_document_get_people (document);
  pdf = export_pdf (document, "speakers", "en", PODIUM_DATE_NONE);
  /* Two columns side by side: read them in drawing order */
  text = save_and_read_mode (pdf, "speakers-en", "-raw");
  flat = squash (text);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(PodiumPerson) person = g_list_model_get_item (people, i);

      g_assert_nonnull (find_squashed (flat, podium_person_get_name (person)));
      g_assert_nonnull (find_squashed (flat, podium_person_get_position (person)));
      g_assert_nonnull (find_squashed (flat, podium_organization_get_name (podium_person_get_organization (person)))
                        ?: find_squashed (flat, podium_organization_get_short_name (podium_person_get_organization (person))));
    }
  /* Organisations in a role too, with their sessions */
  g_assert_nonnull (find_squashed (flat, "ZEFAS"));
  g_assert_nonnull (find_squashed (flat, "Moderation, Impulse · 11:00–12:15 · Themenraum 2"));
  /* by surname: Behr before Wosche */
  g_assert_true (find_squashed (flat, "Behr") < find_squashed (flat, "SabineWosche"));
}

static void
test_run_of_show (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  document = podium_test_load_example ();
  pdf = export_pdf (document, "run-of-show", "en", 19681 /* 2023-11-20 */);
  text = save_and_read (pdf, "run-of-show-en");
  flat = squash (text);

  g_assert_nonnull (find_squashed (flat, "schneider.webm"));
  g_assert_nonnull (find_squashed (flat, "dulig.webm"));
  g_assert_nonnull (find_squashed (flat, "Approved"));
  g_assert_nonnull (find_squashed (flat, "–"));     /* the example's videos have no known length */
  g_assert_nonnull (find_squashed (flat, "DONE"));   /* column heads are set in capitals */
  g_assert_nonnull (find_squashed (flat, "Run of show"));
  g_assert_true (find_squashed (flat, "schneider.webm") < find_squashed (flat, "dulig.webm"));
}

/* The example's video lengths, as the media probe would store them */
static void
set_video (PodiumDocument    *document,
           const char        *session_id,
           int                seconds,
           PodiumVideoStatus  status)
{
  PodiumSession *session = podium_document_lookup (document, PODIUM_TYPE_SESSION, session_id);
  PodiumVideo *video;

  g_assert_nonnull (session);
  video = podium_session_get_video (session);
  g_assert_nonnull (video);
  podium_document_edit (document, video, "duration", seconds, "status", status, NULL);
}

/* Werner's video runs 5:20 in a 5-minute slot; Dulig's fills its 5 minutes exactly */
static void
test_run_of_show_overrun (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *werner_row = NULL;
  g_autofree char *dulig_row = NULL;
  g_autofree char *flag = NULL;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  document = podium_test_load_example ();
  set_video (document, "video-werner", 320, PODIUM_VIDEO_APPROVED);
  set_video (document, "video-dulig", 300, PODIUM_VIDEO_APPROVED);
  pdf = export_pdf (document, "run-of-show", "en", PODIUM_DATE_NONE);
  /* In drawing order, a row's cells one after the other */
  text = save_and_read_mode (pdf, "run-of-show-overrun-en", "-raw");
  flat = squash (text);

  werner_row = between (flat, werner, after_werner);
  dulig_row = between (flat, dulig, werner);
  g_assert_nonnull (find_squashed (werner_row, "5:20"));
  g_assert_nonnull (find_squashed (werner_row, "Video 5:20 is longer than its 5-minute slot"));
  g_assert_nonnull (find_squashed (dulig_row, "5:00"));
  g_assert_null (find_squashed (dulig_row, "longer"));
  /* once in the sheet: on that row only */
  flag = squash ("longer than its");
  g_assert_nonnull (strstr (flat, flag));
  g_assert_null (strstr (strstr (flat, flag) + 1, flag));

  /* and in German, when the translation is there */
  if (translated_de ("Video %s is longer than its %d-minute slot"))
    {
      g_autoptr(GBytes) de_pdf = export_pdf (document, "run-of-show", "de", PODIUM_DATE_NONE);
      g_autofree char *de_text = save_and_read_mode (de_pdf, "run-of-show-overrun-de", "-raw");
      g_autofree char *de_flat = squash (de_text);
      g_autofree char *de_row = between (de_flat, werner, after_werner);

      g_assert_nonnull (find_squashed (de_row, "Video 5:20 ist länger als das Zeitfenster von 5 Minuten"));
    }
}

/* The session's and the video's status, each named */
static void
test_run_of_show_statuses (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *werner_row = NULL;
  g_autofree char *greeting_row = NULL;
  PodiumSession *greeting;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  document = podium_test_load_example ();
  set_video (document, "video-werner", 320, PODIUM_VIDEO_RECEIVED);
  greeting = podium_document_lookup (document, PODIUM_TYPE_SESSION, "greeting-wosche");
  g_assert_cmpstr (podium_session_get_title (greeting), ==, "Begrüßung und Eröffnung");
  podium_document_edit (document, greeting, "status", PODIUM_STATUS_DRAFT, NULL);

  pdf = export_pdf (document, "run-of-show", "en", PODIUM_DATE_NONE);
  text = save_and_read_mode (pdf, "run-of-show-statuses-en", "-raw");
  flat = squash (text);

  werner_row = between (flat, werner, after_werner);
  g_assert_nonnull (find_squashed (werner_row, "Session: Confirmed"));
  g_assert_nonnull (find_squashed (werner_row, "Video: Received"));
  greeting_row = between (flat, "Begrüßung und Eröffnung", "Grußwort des Thüringer Arbeitsministeriums");
  g_assert_nonnull (find_squashed (greeting_row, "Session: Draft"));
  g_assert_null (find_squashed (greeting_row, "Video:"));

  /* German, when its labels are translated */
  if (translated_de_context ("run-of-show", "Session: %s") && translated_de ("Received"))
    {
      g_autoptr(GBytes) de_pdf = export_pdf (document, "run-of-show", "de", PODIUM_DATE_NONE);
      g_autofree char *de_text = save_and_read_mode (de_pdf, "run-of-show-statuses-de", "-raw");
      g_autofree char *de_flat = squash (de_text);
      g_autofree char *de_row = between (de_flat, werner, after_werner);

      g_assert_nonnull (find_squashed (de_row, "Beitrag: Bestätigt"));
      g_assert_nonnull (find_squashed (de_row, "Video: Eingegangen"));
    }
}

static void
test_day_filter (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  int other_day;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  document = podium_test_load_example ();
  g_assert_true (podium_time_parse_date ("2023-11-21", &other_day));
  pdf = export_pdf (document, NULL, "en", other_day);
  text = save_and_read (pdf, "programme-other-day");
  g_assert_null (strstr (text, "Begrüßung"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
}

/* 900 sessions, 35 rooms, 2 days */

static PodiumDocument *
make_big_plan (void)
{
  PodiumDocument *document = podium_document_new ();
  PodiumConference *conference = podium_document_get_conference (document);
  g_autoptr(PodiumOrganization) org = g_object_new (PODIUM_TYPE_ORGANIZATION, "id", "org",
                                                    "name", "Big Conference Agency",
                                                    "short-name", "BCA", NULL);
  PodiumRoom *rooms[35];
  int first_day;
  guint n = 0;

  g_assert_true (podium_time_parse_date ("2024-03-04", &first_day));
  g_object_set (conference, "title", "Very Large Test Conference", "language", "en",
                "host", org, NULL);
  podium_document_add (document, org);

  for (guint r = 0; r < G_N_ELEMENTS (rooms); r++)
    {
      g_autofree char *id = g_strdup_printf ("room-%02u", r);
      g_autofree char *name = g_strdup_printf ("Room %02u", r + 1);
      g_autofree char *theme = g_strdup_printf ("Theme of room %02u", r + 1);

      rooms[r] = g_object_new (PODIUM_TYPE_ROOM, "id", id, "name", name,
                               "theme", r % 3 ? theme : NULL, NULL);
      podium_document_add (document, rooms[r]);
    }

  for (guint d = 0; d < 2; d++)
    for (guint slot = 0; slot < 13 && n < 900; slot++)
      for (guint r = 0; r < G_N_ELEMENTS (rooms) && n < 900; r++, n++)
        {
          g_autofree char *id = g_strdup_printf ("s%04u", n);
          g_autofree char *pid = g_strdup_printf ("p%04u", n);
          g_autofree char *name = g_strdup_printf ("Moderator M%04u", n);
          g_autofree char *title = g_strdup_printf ("S%04u: %s", n,
                                                    n % 7 == 0 ? "A deliberately long session title that needs two or even three lines in the programme to show how wrapping and pagination cope with it"
                                                               : "Workshop on planning");
          g_autoptr(PodiumSession) session = g_object_new (PODIUM_TYPE_SESSION, "id", id,
                                                           "title", title,
                                                           "kind", PODIUM_SESSION_WORKSHOP, NULL);
          g_autoptr(PodiumPerson) person = g_object_new (PODIUM_TYPE_PERSON, "id", pid, "name", name,
                                                         "position", n % 5 == 0 ? "Head of a department with a long name" : NULL,
                                                         "organization", org, NULL);

          podium_document_add (document, person);
          podium_document_add (document, session);
          podium_document_schedule (document, session, rooms[r],
                                    podium_time_from_date (first_day + d, 8 * 60 + 40 * slot), 30);
          podium_document_add_role (document, session, PODIUM_ROLE_MODERATOR, person, NULL);
        }

  for (guint r = 0; r < G_N_ELEMENTS (rooms); r++)
    g_object_unref (rooms[r]);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_sessions (document)), ==, 900);
  return document;
}

static void
check_inside (PodiumRenderer *renderer,
              const char     *kind)
{
  cairo_rectangle_t area;
  guint n_pages;
  double width, height;

  podium_renderer_get_paper_size (renderer, &width, &height);
  n_pages = podium_renderer_paginate (renderer, width, height);
  podium_renderer_get_content_area (renderer, &area);
  g_assert_cmpfloat (area.x, >=, 12 / 25.4 * 72);

  for (guint p = 0; p < n_pages; p++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      GArray *boxes;

      podium_renderer_draw_page (renderer, cr, p);
      boxes = podium_renderer_get_drawn_boxes (renderer);
      g_assert_cmpuint (boxes->len, >, 3);
      for (guint i = 0; i < boxes->len; i++)
        {
          cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, i);

          if (b->x < area.x - 0.01 || b->y < area.y - 0.01 ||
              b->x + b->width > area.x + area.width + 0.01 ||
              b->y + b->height > area.y + area.height + 0.01)
            g_error ("%s, page %u: box %g,%g %g×%g outside the printable area %g,%g %g×%g",
                     kind, p + 1, b->x, b->y, b->width, b->height,
                     area.x, area.y, area.width, area.height);
        }
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
test_big_plan (void)
{
  static const char * const kinds[] = { "programme", "rooms", "speakers", "run-of-show" };
  g_autoptr(PodiumDocument) document = make_big_plan ();
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  guint continued = 0;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      PodiumExportOptions options = { kinds[k], "en", PODIUM_DATE_NONE, NULL };
      g_autoptr(PodiumRenderer) renderer = podium_renderer_new (document, &options);

      check_inside (renderer, kinds[k]);
    }

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  pdf = export_pdf (document, NULL, "en", PODIUM_DATE_NONE);
  text = save_and_read (pdf, "big-plan");
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >, 20);

  /* No entry is split: a session's title and its moderator are on the same page */
  for (guint n = 0; n < 900; n++)
    {
      g_autofree char *title = g_strdup_printf ("S%04u:", n);
      g_autofree char *moderator = g_strdup_printf ("ModeratorM%04u(BCA)", n);
      int title_page = -1, moderator_page = -1;

      for (guint p = 0; pages[p] != NULL; p++)
        {
          g_autofree char *flat = squash (pages[p]);

          if (find_squashed (flat, title))
            title_page = p;
          if (find_squashed (flat, moderator))
            moderator_page = p;
        }
      g_assert_cmpint (title_page, >=, 0);
      g_assert_cmpint (title_page, ==, moderator_page);
    }

  /* Continuation pages repeat the day heading */
  for (guint p = 1; pages[p] != NULL; p++)
    if (strstr (pages[p], "(continued)"))
      continued++;
  g_assert_cmpuint (continued, >=, g_strv_length (pages) - 4);
}

/* Abstracts, an option of the programme */

static const char *results_title = "Ergebnisse aus den Themenräumen und Ausblick";
static const char *results_abstract = "Die drei Initiativen berichten aus ihren Themenräumen";

static void
test_abstracts (void)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) with = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *with_text = NULL;
  g_autofree char *plain_flat = NULL;
  g_autofree char *with_flat = NULL;
  g_autofree char *results_entry = NULL;
  g_autofree char *arrival_entry = NULL;

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;

  document = podium_test_load_example ();
  plain = export_pdf (document, NULL, "en", PODIUM_DATE_NONE);
  plain_text = save_and_read (plain, "programme-plain-en");
  plain_flat = squash (plain_text);
  with = export_pdf_with (document, NULL, "en", PODIUM_DATE_NONE, TRUE);
  with_text = save_and_read (with, "programme-abstracts-en");
  with_flat = squash (with_text);

  /* Off by default */
  g_assert_nonnull (find_squashed (plain_flat, results_title));
  g_assert_null (find_squashed (plain_flat, results_abstract));
  g_assert_null (find_squashed (plain_flat, "Empfang der Teilnehmenden"));

  /* With the option, each in its own session's entry, breaks too */
  results_entry = between (with_flat, results_title, "Mittagsimbiss und Networking");
  g_assert_nonnull (find_squashed (results_entry, results_abstract));
  g_assert_nonnull (find_squashed (results_entry, "das Austauschtreffen soll in absehbarer Zeit "
                                                  "eine Fortsetzung finden."));
  arrival_entry = between (with_flat, "Ankunft und Anmeldung", "Begrüßung und Eröffnung");
  g_assert_nonnull (find_squashed (arrival_entry, "Empfang der Teilnehmenden, Ausgabe der "
                                                  "Namensschilder, Kaffee."));

  /* Other documents leave them out */
  {
    g_autoptr(GBytes) rooms = export_pdf_with (document, "rooms", "en", PODIUM_DATE_NONE, TRUE);
    g_autofree char *rooms_text = save_and_read (rooms, "rooms-abstracts-en");
    g_autofree char *rooms_flat = squash (rooms_text);

    g_assert_null (find_squashed (rooms_flat, results_abstract));
  }
}

/* An abstract as long as a book still leaves the entry on one page */
static void
test_abstract_long (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  PodiumSession *results = podium_document_lookup (document, PODIUM_TYPE_SESSION, "results");
  PodiumExportOptions options = { NULL, "en", PODIUM_DATE_NONE, NULL, TRUE };
  g_autoptr(PodiumRenderer) renderer = NULL;
  g_autoptr(GString) book = g_string_new ("Beginning of the long abstract. ");
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (book, "Sentence %u of a very long abstract. ", i);
  podium_document_edit (document, results, "abstract", book->str, NULL);

  /* and one of many short paragraphs */
  {
    PodiumSession *lunch = podium_document_lookup (document, PODIUM_TYPE_SESSION, "lunch");
    g_autoptr(GString) lines = g_string_new (NULL);

    for (guint i = 0; i < 2000; i++)
      g_string_append_printf (lines, "Line %u\n", i);
    podium_document_edit (document, lunch, "abstract", lines->str, NULL);
  }

  renderer = podium_renderer_new (document, &options);
  check_inside (renderer, "programme with long abstracts");

  if (!have_program ("pdftotext") || !have_program ("pdftoppm"))
    return;
  pdf = podium_pdf_render (renderer, NULL);
  text = save_and_read (pdf, "programme-long-abstract-en");
  flat = squash (text);
  /* (cut at "…": cairo keeps the cut text behind the ellipsis, for copying, so the
   * words are still in the text layer; check_inside() saw that nothing runs off the page) */
  g_assert_nonnull (find_squashed (flat, "Beginning of the long abstract."));
  /* the title, its people and the start of the abstract on one page */
  {
    g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
    gboolean together = FALSE;

    for (guint p = 0; pages[p] != NULL; p++)
      {
        g_autofree char *page = squash (pages[p]);

        together |= find_squashed (page, results_title) != NULL &&
                    find_squashed (page, "Beginning of the long abstract.") != NULL;
      }
    g_assert_true (together);
  }
}

/* HTML */

static void
test_html (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autofree char *dir = output_dir ();
  g_autofree char *path = g_build_filename (dir, "programme.html", NULL);
  g_autoptr(PodiumSession) session = NULL;
  PodiumExportOptions options = { NULL, "en", PODIUM_DATE_NONE, NULL };
  const char *text;

  session = g_list_model_get_item (podium_document_get_sessions (document), 1);
  podium_document_edit (document, session, "title", "<script>alert(\"Grußwort\")</script> & more", NULL);

  html = podium_html_export (document, &options, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (html, NULL);
  g_assert_true (g_file_set_contents (path, text, g_bytes_get_size (html), NULL));

  g_assert_true (g_str_has_prefix (text, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (text, "<html lang=\"en\">"));
  g_assert_null (strstr (text, "<script"));
  g_assert_nonnull (strstr (text, "&lt;script&gt;alert(&quot;Grußwort&quot;)&lt;/script&gt; &amp; more"));
  g_assert_nonnull (strstr (text, "@page"));
  g_assert_nonnull (strstr (text, "@media print"));
  g_assert_nonnull (strstr (text, "name=\"viewport\""));
  g_assert_nonnull (strstr (text, "Monday, 20 November 2023"));
  g_assert_nonnull (strstr (text, "Parallel sessions"));
  g_assert_nonnull (strstr (text, "Themenraum 2"));
  g_assert_nonnull (strstr (text, "Internationale Fachkräfte und Welcome Center"));
  /* self-contained: nothing loaded from elsewhere */
  g_assert_null (strstr (text, "<link"));
  g_assert_null (strstr (text, "src="));
  /* Abstracts only when asked for */
  g_assert_null (strstr (text, "Die drei Initiativen berichten"));
  {
    PodiumExportOptions with = { NULL, "en", PODIUM_DATE_NONE, NULL, TRUE };
    g_autoptr(GBytes) html_with = podium_html_export (document, &with, &error);
    const char *entry, *abstract;

    g_assert_no_error (error);
    entry = strstr (g_bytes_get_data (html_with, NULL), "Ergebnisse aus den Themenräumen und Ausblick");
    g_assert_nonnull (entry);
    /* in that session's own article */
    abstract = strstr (entry, "<p class=\"abstract\">");
    g_assert_nonnull (abstract);
    g_assert_true (g_str_has_prefix (abstract, "<p class=\"abstract\">Die drei Initiativen berichten"));
    g_assert_true (abstract < strstr (entry, "</article>"));
  }
}

/* The command line */

static void
test_cli (void)
{
  const char *podium = g_getenv ("PODIUM");
  const char *root = g_getenv ("PODIUM_SOURCE_ROOT");
  g_autofree char *dir = output_dir ();
  g_autofree char *out = g_build_filename (dir, "cli-speakers.pdf", NULL);
  g_autofree char *example = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (podium == NULL || root == NULL)
    {
      g_test_skip ("PODIUM is not set: run under meson test");
      return;
    }
  example = g_build_filename (root, "data", "examples", "austauschtreffen.podium.json", NULL);
  {
    const char *argv[] = { podium, "--export", "pdf", "--output", out, "--document", "speakers",
                           "--language", "en", "--day", "2023-11-20", example, NULL };
    run (argv, NULL);
  }
  g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
  g_assert_true (length > 1000 && memcmp (contents, "%PDF", 4) == 0);

  /* German from the command line, in this C.UTF-8 session with the interface in English */
  if (translated_de ("%s–%s"))
    {
      g_autofree char *html_path = g_build_filename (dir, "cli-programme-de.html", NULL);
      g_autofree char *html = NULL;
      const char *argv[] = { podium, "--export", "html", "--output", html_path,
                             "--language", "de", example, NULL };

      run (argv, NULL);
      g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
      g_assert_nonnull (strstr (html, "<html lang=\"de\">"));
      g_assert_nonnull (strstr (html, "10:00–10:10 Uhr"));
    }

  /* --abstracts: listed in --help, the abstracts in the programme, refused elsewhere */
  {
    g_autofree char *help = NULL;
    const char *argv[] = { podium, "--help", NULL };

    run (argv, &help);
    g_assert_nonnull (strstr (help, "--abstracts"));
  }
  if (have_program ("pdftotext"))
    {
      g_autofree char *pdf = g_build_filename (dir, "cli-programme-abstracts.pdf", NULL);
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;
      const char *argv[] = { podium, "--export", "pdf", "--abstracts", "--language", "en",
                             "--output", pdf, example, NULL };
      const char *read[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

      run (argv, NULL);
      run (read, &text);
      flat = squash (text);
      g_assert_nonnull (find_squashed (flat, results_abstract));
    }
  {
    g_autofree char *rooms = g_build_filename (dir, "cli-rooms-abstracts.pdf", NULL);
    g_autofree char *err = NULL;
    g_autoptr(GError) error = NULL;
    const char *argv[] = { podium, "--export", "pdf", "--abstracts", "--document", "rooms",
                           "--output", rooms, example, NULL };
    int status = 0;

    g_unlink (rooms);
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err,
                  &status, &error);
    g_assert_no_error (error);
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 2);
    g_assert_nonnull (strstr (err, "--abstracts"));
    g_assert_false (g_file_test (rooms, G_FILE_TEST_EXISTS));
  }
}


/* Badges and attendance lists stay on their paper: every text of a badge inside its
 * 90 × 54 mm label (a name too long for one line shrinks, it is never cut), every line
 * of an attendance list inside the printable area, over pages */
static void
check_badges_inside (PodiumRenderer *renderer)
{
  double mm = 72 / 25.4;
  double width, height, x0, y0;
  guint n_pages;

  podium_renderer_get_paper_size (renderer, &width, &height);
  n_pages = podium_renderer_paginate (renderer, width, height);
  x0 = (width - 2 * 90 * mm) / 2;
  y0 = (height - 4 * 54 * mm) / 2;
  for (guint p = 0; p < n_pages; p++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      GArray *boxes;

      podium_renderer_draw_page (renderer, cr, p);
      boxes = podium_renderer_get_drawn_boxes (renderer);
      g_assert_cmpuint (boxes->len, >, 3);
      for (guint i = 0; i < boxes->len; i++)
        {
          cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, i);
          int col = (int) floor ((b->x - x0) / (90 * mm));
          int row = (int) floor ((b->y - y0) / (54 * mm));
          double lx = x0 + col * 90 * mm, ly = y0 + row * 54 * mm;

          /* 3 mm inside the label's edge, where cutting or a holder does not reach */
          if (col < 0 || col > 1 || row < 0 || row > 3 ||
              b->x < lx + 3 * mm || b->y < ly + 3 * mm ||
              b->x + b->width > lx + 87 * mm + 0.01 || b->y + b->height > ly + 51 * mm + 0.01)
            g_error ("badges, page %u: box %g,%g %g×%g leaves its label", p + 1,
                     b->x, b->y, b->width, b->height);
        }
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
test_participants_print (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (document);
  PodiumParallelBlock *block;
  PodiumExportOptions badges = { "badges", "en", PODIUM_DATE_NONE, NULL };
  PodiumExportOptions attendance = { "attendance", "en", PODIUM_DATE_NONE, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) none = NULL;

  /* Without participants: an error, not an empty file */
  none = podium_pdf_export (document, &badges, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    /* The print dialog offers them anyway: the page says why it is empty */
    g_autoptr(PodiumRenderer) renderer = podium_renderer_new (document, &badges);
    g_autoptr(GBytes) pdf = podium_pdf_render (renderer, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (podium_renderer_get_n_pages (renderer), ==, 1);
    if (have_program ("pdftotext"))
      {
        g_autofree char *text = save_and_read (pdf, "badges-none");

        g_assert_nonnull (strstr (text, "The plan has no participants"));
      }
  }

  g_assert_cmpuint (blocks->len, >=, 1);
  block = g_ptr_array_index (blocks, 0);
  for (guint i = 0; i < 45; i++)
    {
      g_autoptr(PodiumParticipant) p = podium_participant_new ();
      g_autofree char *name = i == 5
        ? g_strdup ("Prof. Dr. Maria-Theresia Friederike von Hohenzollern-Sigmaringen-Altenburg")
        : g_strdup_printf ("Teilnehmerin Nummer%02u", i);

      g_object_set (p, "name", name,
                    "organization-name",
                    i % 2 ? "Landesamt für Statistik und Datenschutz Sachsen-Anhalt" : NULL,
                    "region", "Sachsen", NULL);
      podium_document_add (document, p);
      podium_document_assign_participant (document, p, block,
                                          g_ptr_array_index (block->sessions, i % 3 ? 0 : 1));
    }

  {
    g_autoptr(PodiumRenderer) renderer = podium_renderer_new (document, &badges);

    check_badges_inside (renderer);
    g_assert_cmpuint (podium_renderer_get_n_pages (renderer), ==, 6);
  }
  {
    g_autoptr(PodiumRenderer) renderer = podium_renderer_new (document, &attendance);

    check_inside (renderer, "attendance");
    /* 30 in the first session (long organisations, wrapped) take more than a page */
    g_assert_cmpuint (podium_renderer_get_n_pages (renderer), >=, 3);
  }
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("PODIUM_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/programme/english", test_programme_english);
  g_test_add_func ("/print/programme/german", test_programme_german);
  g_test_add_func ("/print/programme/language-independent", test_language_independent);
  g_test_add_func ("/print/programme/day", test_day_filter);
  g_test_add_func ("/print/pdf/metadata", test_pdf_metadata);
  g_test_add_func ("/print/pdf/logos", test_pdf_logos);
  g_test_add_func ("/print/images-read-beforehand", test_images_read_beforehand);
  g_test_add_func ("/print/rooms", test_room_signs);
  g_test_add_func ("/print/rooms/sizes", test_room_sign_sizes);
  g_test_add_func ("/print/speakers", test_speakers);
  g_test_add_func ("/print/run-of-show", test_run_of_show);
  g_test_add_func ("/print/run-of-show/overrun", test_run_of_show_overrun);
  g_test_add_func ("/print/run-of-show/statuses", test_run_of_show_statuses);
  g_test_add_func ("/print/programme/abstracts", test_abstracts);
  g_test_add_func ("/print/programme/abstract-long", test_abstract_long);
  g_test_add_func ("/print/big-plan", test_big_plan);
  g_test_add_func ("/print/participants", test_participants_print);
  g_test_add_func ("/print/html", test_html);
  g_test_add_func ("/print/cli", test_cli);

  return g_test_run ();
}
