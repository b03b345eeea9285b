/* podium-html.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podium-html.h"
#include "podium-print-image.h"
#include "podium-print-language.h"
#include "podium-programme.h"
#include "podium-renderer.h"
#include "podium-time.h"

/* Readable on a phone (one column), a time column from tablet width, and a print
 * stylesheet that keeps each session on one page. */
static const char stylesheet[] =
  ":root{--ink:#1a1a1a;--grey:#5c5c5c;--light:#8a8a8a;--accent:#1f4e79;--rule:#d0d0d0;"
  "--break:#f1f1ef}\n"
  "*{box-sizing:border-box}\n"
  "body{margin:0;font-family:Cantarell,\"Noto Sans\",\"Helvetica Neue\",Arial,sans-serif;"
  "color:var(--ink);line-height:1.4;font-size:1rem;-webkit-text-size-adjust:100%}\n"
  "main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}\n"
  ".kicker{margin:0 0 .3rem;font-size:.72rem;font-weight:700;letter-spacing:.08em;"
  "text-transform:uppercase;color:var(--accent)}\n"
  "h1{font-size:1.75rem;line-height:1.15;margin:0 0 .5rem}\n"
  ".subtitle{color:var(--grey);margin:0 0 1rem;font-size:1.05rem}\n"
  "dl.meta{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:0;"
  "padding:.8rem 0;border-top:2px solid var(--ink);border-bottom:1px solid var(--rule)}\n"
  "dl.meta dt{font-size:.7rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;"
  "color:var(--light);padding-top:.2rem}\n"
  "dl.meta dd{margin:0}\n"
  "h2{font-size:1.25rem;margin:2rem 0 0;padding-bottom:.3rem;border-bottom:1.5px solid var(--ink)}\n"
  "table.timetable{width:100%;border-collapse:collapse}\n"
  ".timetable thead th{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}\n"
  ".block{border-bottom:1px solid var(--rule)}\n"
  ".block>th,.block>td{padding:.7rem 0;vertical-align:top;text-align:left}\n"
  ".time{width:5.5rem;padding-right:.8rem!important;font-weight:700;color:var(--accent);"
  "font-variant-numeric:tabular-nums}\n"
  ".parallel-label{font-size:.72rem;font-weight:700;letter-spacing:.08em;"
  "text-transform:uppercase;color:var(--accent);margin:0 0 .4rem}\n"
  ".parallel .entry{border-left:3px solid var(--accent);padding-left:.8rem;margin:.6rem 0}\n"
  ".entry h3{font-size:1.05rem;margin:0;line-height:1.25}\n"
  ".entry .theme{color:var(--grey);margin:.1rem 0 .2rem}\n"
  ".entry .subtitle{font-size:.95rem;margin:.15rem 0 0}\n"
  ".entry .own-time{color:var(--grey);font-size:.9rem}\n"
  ".entry .abstract{margin:.4rem 0 0;font-size:.92rem;white-space:pre-line}\n"
  "dl.people{margin:.4rem 0 0;display:grid;grid-template-columns:auto 1fr;gap:.15rem .8rem;"
  "font-size:.92rem}\n"
  "dl.people dt{color:var(--grey)}\n"
  "dl.people dd{margin:0}\n"
  ".position{display:block;color:var(--grey);font-size:.88rem}\n"
  ".block.break>th,.block.break>td{background:var(--break)}\n"
  ".block.break>th{padding-left:.6rem}\n"
  ".block.break .time{color:var(--grey);font-weight:400}\n"
  ".block.break h3{font-weight:400;color:var(--grey)}\n"
  "footer{margin-top:2rem;color:var(--light);font-size:.8rem}\n"
  ".logos{display:flex;flex-wrap:wrap;gap:1.2rem;align-items:center;margin:.8rem 0 0}\n"
  ".logos img{height:2.5rem;max-width:9rem;object-fit:contain}\n"
  ".notices{margin-top:2rem}.notices img{height:3rem;max-width:16rem;object-fit:contain}\n"
  "a{color:var(--accent)}\n"
  "@media (min-width:40rem){.time{width:8.5rem}}\n"
  "@page{size:A4;margin:18mm}\n"
  "@media print{body{font-size:10pt}main{max-width:none;padding:0}.time{width:8.5rem}"
  ".entry,.block.break,dl.meta{break-inside:avoid}h2{break-after:avoid}"
  ".block.break{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
  "a{color:inherit;text-decoration:none}}\n";

static void
append_escaped (GString    *out,
                const char *format,
                ...) G_GNUC_PRINTF (2, 3);

static void
append_escaped (GString    *out,
                const char *format,
                ...)
{
  va_list args;
  g_autofree char *text = NULL;

  va_start (args, format);
  text = g_markup_vprintf_escaped (format, args);
  va_end (args);
  g_string_append (out, text);
}

static void
append_entry (GString              *out,
              PodiumProgrammeEntry *entry,
              PodiumProgrammeBlock *block,
              gboolean              abstracts)
{
  g_autofree char *kicker = NULL;

  g_string_append_printf (out, "<article class=\"entry%s\">\n", entry->is_video ? " video" : "");

  if (block->parallel)
    kicker = entry->kind ? g_strdup_printf ("%s · %s", entry->room, entry->kind) : g_strdup (entry->room);
  else if (entry->is_break)
    kicker = NULL;
  else if (entry->kind)
    kicker = g_strdup_printf ("%s · %s", entry->room, entry->kind);
  else
    kicker = g_strdup (entry->room);

  if (kicker != NULL)
    append_escaped (out, "<p class=\"kicker\">%s</p>\n", kicker);
  if (block->parallel && g_strcmp0 (entry->time, block->time) != 0)
    append_escaped (out, "<p class=\"own-time\">%s</p>\n", entry->time);
  if (entry->theme && g_utf8_collate (entry->theme, entry->title) != 0)
    {
      g_autofree char *theme = g_strdup_printf (_("Theme: %s"), entry->theme);
      append_escaped (out, "<p class=\"theme\">%s</p>\n", theme);
    }
  if (entry->is_break && entry->room && !podium_session_get_all_rooms (entry->session))
    append_escaped (out, "<h3>%s · %s</h3>\n", entry->title, entry->room);
  else
    append_escaped (out, "<h3>%s</h3>\n", entry->title);
  if (entry->subtitle)
    append_escaped (out, "<p class=\"subtitle\">%s</p>\n", entry->subtitle);

  if (entry->people->len > 0)
    {
      const char *last_role = NULL;

      g_string_append (out, "<dl class=\"people\">\n");
      for (guint i = 0; i < entry->people->len; i++)
        {
          PodiumProgrammePerson *person = g_ptr_array_index (entry->people, i);

          /* A role named once for several holders; grid cells stay aligned with an empty term */
          append_escaped (out, "<dt>%s</dt>",
                          g_strcmp0 (last_role, person->role) != 0 ? person->role : "");
          last_role = person->role;
          append_escaped (out, "<dd><strong>%s</strong>", person->name);
          if (person->organization)
            append_escaped (out, " (%s)", person->organization);
          if (person->position)
            append_escaped (out, "<span class=\"position\">%s</span>", person->position);
          g_string_append (out, "</dd>\n");
        }
      g_string_append (out, "</dl>\n");
    }
  if (abstracts && entry->abstract)
    append_escaped (out, "<p class=\"abstract\">%s</p>\n", entry->abstract);
  g_string_append (out, "</article>\n");
}

/* An image inside the page as a data: URI, so the file stays self-contained; nothing
 * when the file cannot be read (the programme is still published, without it) */
static void
append_image (GString                   *out,
              const PodiumExportOptions *options,
              const char                *path,
              const char                *alt)
{
  g_autoptr(PodiumPrintImage) image = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GBytes *bytes;

  if (path == NULL || *path == '\0')
    return;
  image = podium_print_image_load (options ? options->base : NULL, path,
                                   options ? options->images : NULL, &error);
  if (image == NULL)
    {
      g_debug ("Leaving out the image %s: %s", path, error->message);
      return;
    }
  bytes = podium_print_image_get_bytes (image);
  data = g_base64_encode (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  append_escaped (out, "<img src=\"data:%s;base64,%s\" alt=\"%s\">\n",
                  podium_print_image_get_mime_type (image), data, alt);
}

static char *
iso_time (gint64 time)
{
  return podium_time_format (time);
}

GBytes *
podium_html_export (PodiumDocument            *document,
                    const PodiumExportOptions *options,
                    GError                   **error)
{
  PodiumConference *conference;
  g_autoptr(PodiumProgramme) p = NULL;
  g_autofree char *language = NULL;
  GString *out;
  g_autofree char *mail = NULL;
  g_autofree char *lang_tag = NULL;
  struct { const char *label; const char *value; const char *uri; } rows[7] = { { NULL } };

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  if (options != NULL && options->document != NULL &&
      !g_str_equal (options->document, PODIUM_PRINT_PROGRAMME))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* TRANSLATORS: %s is a document name such as "speakers" */
                   _("The HTML export offers the programme only, not “%s”; export it as PDF"),
                   options->document);
      return NULL;
    }

  conference = podium_document_get_conference (document);
  language = podium_print_resolve_language (options ? options->language : NULL,
                                            podium_conference_get_language (conference));
  podium_print_push_language (language);

  p = podium_programme_new (document, options ? options->day : PODIUM_DATE_NONE);
  out = g_string_new ("<!DOCTYPE html>\n");
  /* BCP 47, as lang wants it: "de-DE", not "de_DE" */
  lang_tag = g_strndup (language, strcspn (language, ".@"));
  g_strdelimit (lang_tag, "_", '-');
  append_escaped (out, "<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", lang_tag);
  g_string_append (out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"generator\" content=\"Podium\">\n");
  if (p->author)
    append_escaped (out, "<meta name=\"author\" content=\"%s\">\n", p->author);
  append_escaped (out, "<title>%s</title>\n", p->title);
  g_string_append_printf (out, "<style>\n%s</style>\n</head>\n<body>\n<main>\n", stylesheet);

  g_string_append (out, "<header>\n");
  append_escaped (out, "<p class=\"kicker\">%s</p>\n", C_("document", "Programme"));
  append_escaped (out, "<h1>%s</h1>\n", p->title);
  if (p->subtitle)
    append_escaped (out, "<p class=\"subtitle\">%s</p>\n", p->subtitle);
  rows[0].label = C_("programme", "Date");
  rows[0].value = p->dates;
  rows[1].label = C_("programme", "Venue");
  rows[1].value = p->venue;
  rows[2].label = C_("programme", "Host");
  rows[2].value = p->host;
  rows[3].label = C_("programme", "Co-organisers");
  rows[3].value = p->co_organizers;
  rows[4].label = C_("programme", "Website");
  rows[4].value = p->website;
  rows[4].uri = p->website;
  rows[5].label = C_("programme", "Contact");
  rows[5].value = p->contact;
  rows[5].uri = mail = p->contact ? podium_programme_find_mail_uri (p->contact) : NULL;
  rows[6].label = C_("programme", "Registration by");
  rows[6].value = p->registration;
  g_string_append (out, "<dl class=\"meta\">\n");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      if (rows[i].value == NULL || *rows[i].value == '\0')
        continue;
      if (rows[i].uri != NULL)
        append_escaped (out, "<dt>%s</dt><dd><a href=\"%s\">%s</a></dd>\n", rows[i].label,
                        rows[i].uri, rows[i].value);
      else
        append_escaped (out, "<dt>%s</dt><dd>%s</dd>\n", rows[i].label, rows[i].value);
    }
  g_string_append (out, "</dl>\n");
  if (p->logos->len > 0)
    {
      g_string_append (out, "<div class=\"logos\">\n");
      for (guint i = 0; i < p->logos->len; i++)
        {
          PodiumOrganization *org = g_ptr_array_index (p->logos, i);

          append_image (out, options, podium_organization_get_logo (org),
                        podium_organization_get_name (org));
        }
      g_string_append (out, "</div>\n");
    }
  g_string_append (out, "</header>\n");

  for (guint d = 0; d < p->days->len; d++)
    {
      PodiumProgrammeDay *day = g_ptr_array_index (p->days, d);
      g_autofree char *date = podium_time_format_date (day->date);

      /* A real table: the time heads each row, so a screen reader says it with the session */
      append_escaped (out, "<section class=\"day\">\n<h2><time datetime=\"%s\">%s</time></h2>\n"
                           "<table class=\"timetable\">\n"
                           "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n"
                           "<tbody>\n",
                      /* TRANSLATORS: the column heads of the programme's timetable on the web
                       * (read by screen readers, not shown) */
                      date, day->heading, C_("programme", "Time"), C_("programme", "Session"));
      for (guint b = 0; b < day->blocks->len; b++)
        {
          PodiumProgrammeBlock *block = g_ptr_array_index (day->blocks, b);
          g_autofree char *start = iso_time (block->start);

          g_string_append_printf (out, "<tr class=\"block%s%s\">\n",
                                  block->parallel ? " parallel" : "",
                                  block->is_break ? " break" : "");
          append_escaped (out, "<th scope=\"row\" class=\"time\"><time datetime=\"%s\">%s</time></th>\n",
                          start, block->time);
          g_string_append (out, "<td class=\"sessions\">\n");
          if (block->parallel)
            append_escaped (out, "<p class=\"parallel-label\">%s</p>\n", _("Parallel sessions"));
          for (guint e = 0; e < block->entries->len; e++)
            append_entry (out, g_ptr_array_index (block->entries, e), block,
                          options != NULL && options->abstracts);
          g_string_append (out, "</td>\n</tr>\n");
        }
      g_string_append (out, "</tbody>\n</table>\n</section>\n");
    }

  if (p->funding_notice || p->funding_emblem || p->recording_notice)
    {
      append_escaped (out, "<section class=\"notices\">\n<h2>%s</h2>\n", C_("programme", "Notices"));
      append_image (out, options, p->funding_emblem,
                    p->funding_notice ? p->funding_notice : C_("programme", "Funders’ emblem"));
      if (p->funding_notice)
        append_escaped (out, "<p>%s</p>\n", p->funding_notice);
      if (p->recording_notice)
        append_escaped (out, "<p>%s</p>\n", p->recording_notice);
      g_string_append (out, "</section>\n");
    }

  {
    g_autofree char *footer = g_strdup_printf (_("%s · As of %s"), p->title, p->updated);
    append_escaped (out, "<footer>%s</footer>\n", footer);
  }
  g_string_append (out, "</main>\n</body>\n</html>\n");

  podium_print_pop_language ();

  return g_string_free_to_bytes (out);
}
