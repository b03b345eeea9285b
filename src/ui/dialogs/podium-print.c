/* podium-print.c — the print dialog and the print preview, drawing with the page renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-labels.h"
#include "podium-pdf.h"
#include "podium-print.h"
#include "podium-accessible.h"
#include "podium-print-image.h"
#include "podium-programme.h"
#include "podium-renderer.h"
#include "podium-schedule.h"
#include "podium-time.h"
#include "podium-ui.h"

/* What to print: the choices the print dialog's tab and the preview share */
typedef struct
{
  PodiumDocument *document;
  GFile *file;
  guint kind;               /* index into kinds[] */
  guint language;           /* index into languages[] */
  int day;                  /* PODIUM_DATE_NONE: every day */
  gboolean abstracts;       /* the programme with the sessions' abstracts */
  GArray *days;             /* int, the days that can be chosen */
  GHashTable *images;       /* the logos, read beforehand: drawing reads no file */
  PodiumRenderer *renderer;
  GtkDropDown *kind_choice;
  GtkDropDown *day_choice;
  GtkDropDown *language_choice;
  GtkSwitch *abstracts_choice;
  GFile *pdf_output;        /* "Print to File" as PDF: Podium writes it, tagged */
  double pdf_width;
  double pdf_height;
} PrintChoices;

static const char * const kinds[] = {
  PODIUM_PRINT_PROGRAMME, PODIUM_PRINT_ROOMS, PODIUM_PRINT_SPEAKERS, PODIUM_PRINT_RUN_OF_SHOW,
  PODIUM_PRINT_BADGES, PODIUM_PRINT_ATTENDANCE,
};

/* Languages Podium has translations for, named in their own language */
static const struct { const char *code; const char *name; } languages[] = {
  { "de", "Deutsch" },
  { "en", "English" },
};

struct _PodiumPrintPreview
{
  AdwWindow parent_instance;

  PrintChoices *choices;
  guint page;
  GCancellable *cancellable;

  /* template children */
  AdwHeaderBar *header_bar;
  AdwWindowTitle *window_title;
  GtkBox *bar;
  GtkDrawingArea *area;
  GtkLabel *page_label;
  GtkWidget *previous_button;
  GtkWidget *next_button;
};

G_DEFINE_FINAL_TYPE (PodiumPrintPreview, podium_print_preview, ADW_TYPE_WINDOW)

/* Choices */

static void
print_choices_free (PrintChoices *choices)
{
  g_clear_object (&choices->document);
  g_clear_object (&choices->file);
  g_clear_object (&choices->renderer);
  g_clear_object (&choices->pdf_output);
  g_clear_pointer (&choices->days, g_array_unref);
  g_clear_pointer (&choices->images, g_hash_table_unref);
  g_free (choices);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrintChoices, print_choices_free)

static PrintChoices *
print_choices_new (PodiumDocument *document,
                   GFile          *file)
{
  PrintChoices *choices = g_new0 (PrintChoices, 1);
  PodiumConference *conference = podium_document_get_conference (document);
  const char *conference_language = podium_conference_get_language (conference);
  const char * const *ui_languages = g_get_language_names ();
  const char *wanted = conference_language;
  g_autoptr(GPtrArray) sessions = podium_programme_sorted_sessions (document, PODIUM_DATE_NONE);

  choices->document = g_object_ref (document);
  choices->file = file ? g_object_ref (file) : NULL;
  choices->day = PODIUM_DATE_NONE;
  /* None until they are read (print_choices_set_images()) */
  choices->images = g_hash_table_new (g_str_hash, g_str_equal);

  /* The conference's language, else the interface's */
  if (wanted == NULL || *wanted == '\0')
    wanted = ui_languages[0];
  choices->language = 1;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (wanted != NULL && g_str_has_prefix (wanted, languages[i].code))
      choices->language = i;

  /* The days that have sessions */
  choices->days = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < sessions->len; i++)
    {
      PodiumSession *session = g_ptr_array_index (sessions, i);
      int date = podium_schedule_day_of (conference, podium_session_get_start (session));

      if (choices->days->len == 0 ||
          g_array_index (choices->days, int, choices->days->len - 1) != date)
        g_array_append_val (choices->days, date);
    }

  return choices;
}

/* Builds the renderer for the current choices */
static PodiumRenderer *
print_choices_get_renderer (PrintChoices *choices)
{
  if (choices->renderer == NULL)
    {
      PodiumExportOptions options = {
        kinds[choices->kind], languages[choices->language].code, choices->day, choices->file,
        choices->abstracts,
      };

      options.images = choices->images;
      choices->renderer = podium_renderer_new (choices->document, &options);
    }
  return choices->renderer;
}

/* The logos, read in a worker thread */
static void
print_choices_set_images (PrintChoices *choices,
                          GHashTable   *images)
{
  g_clear_pointer (&choices->images, g_hash_table_unref);
  choices->images = g_hash_table_ref (images);
  g_clear_object (&choices->renderer);
}

static void
print_choices_read (PrintChoices *choices)
{
  guint day;

  choices->kind = gtk_drop_down_get_selected (choices->kind_choice);
  choices->language = gtk_drop_down_get_selected (choices->language_choice);
  day = gtk_drop_down_get_selected (choices->day_choice);
  choices->day = day == 0 || day == GTK_INVALID_LIST_POSITION || day > choices->days->len
                 ? PODIUM_DATE_NONE : g_array_index (choices->days, int, day - 1);
  choices->abstracts = gtk_switch_get_active (choices->abstracts_choice);
  g_clear_object (&choices->renderer);
}

/* Only the programme prints abstracts */
static void
on_kind_choice_selected_cb (GtkDropDown  *dropdown,
                            GParamSpec   *pspec,
                            PrintChoices *choices)
{
  gtk_widget_set_sensitive (GTK_WIDGET (choices->abstracts_choice),
                            gtk_drop_down_get_selected (dropdown) == 0);
}

static GtkWidget *
print_choices_make_widget (PrintChoices *choices)
{
  GtkWidget *grid = gtk_grid_new ();
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) day_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) language_names = gtk_string_list_new (NULL);
  const char *labels[4];
  GtkWidget *controls[4];
  guint day_selected = 0;

  gtk_string_list_append (kind_names, _("Programme"));
  gtk_string_list_append (kind_names, _("Room signs"));
  gtk_string_list_append (kind_names, _("Speakers"));
  gtk_string_list_append (kind_names, _("Run of show"));
  /* Personal data, for the organisers; without participants they say so on the page */
  gtk_string_list_append (kind_names, _("Name badges"));
  gtk_string_list_append (kind_names, _("Attendance lists"));

  gtk_string_list_append (day_names, _("All days"));
  for (guint i = 0; i < choices->days->len; i++)
    {
      int date = g_array_index (choices->days, int, i);
      g_autofree char *name = podium_labels_date (date);

      gtk_string_list_append (day_names, name);
      if (date == choices->day)
        day_selected = i + 1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    gtk_string_list_append (language_names, languages[i].name);

  choices->kind_choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (kind_names)), NULL));
  choices->day_choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (day_names)), NULL));
  choices->language_choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (language_names)), NULL));
  gtk_drop_down_set_selected (choices->kind_choice, choices->kind);
  gtk_drop_down_set_selected (choices->day_choice, day_selected);
  gtk_drop_down_set_selected (choices->language_choice, choices->language);
  choices->abstracts_choice = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (choices->abstracts_choice, choices->abstracts);
  gtk_widget_set_halign (GTK_WIDGET (choices->abstracts_choice), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (choices->abstracts_choice), GTK_ALIGN_CENTER);
  g_signal_connect (choices->kind_choice, "notify::selected",
                    G_CALLBACK (on_kind_choice_selected_cb), choices);
  on_kind_choice_selected_cb (choices->kind_choice, NULL, choices);

  /* TRANSLATORS: choices in the print dialog and the print preview */
  labels[0] = _("_Document");
  labels[1] = _("D_ay");
  labels[2] = _("_Language");
  /* TRANSLATORS: a switch in the print dialog: print the programme with the sessions' abstracts */
  labels[3] = _("A_bstracts");
  controls[0] = GTK_WIDGET (choices->kind_choice);
  controls[1] = GTK_WIDGET (choices->day_choice);
  controls[2] = GTK_WIDGET (choices->language_choice);
  controls[3] = GTK_WIDGET (choices->abstracts_choice);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; i < G_N_ELEMENTS (controls); i++)
    {
      GtkWidget *label = gtk_label_new_with_mnemonic (labels[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), controls[i]);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_grid_attach (GTK_GRID (grid), label, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), controls[i], 1, i, 1, 1);
    }
  return grid;
}

/* The print operation */

static GObject *
on_create_custom_widget_cb (GtkPrintOperation *operation,
                            PrintChoices      *choices)
{
  GtkWidget *widget = print_choices_make_widget (choices);

  gtk_widget_set_margin_top (widget, 18);
  gtk_widget_set_margin_start (widget, 18);
  gtk_widget_set_margin_end (widget, 18);
  return G_OBJECT (widget);
}

static void
on_custom_widget_apply_cb (GtkPrintOperation *operation,
                           GtkWidget         *widget,
                           PrintChoices      *choices)
{
  print_choices_read (choices);
}

/* Whether the printer chosen is "Print to File" with PDF output; sets where to */
static gboolean
print_to_pdf_file (GtkPrintOperation *operation,
                   PrintChoices      *choices)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  const char *uri;

  g_clear_object (&choices->pdf_output);
  if (settings == NULL ||
      g_strcmp0 (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT), "pdf") != 0 ||
      (uri = gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI)) == NULL)
    return FALSE;

  choices->pdf_output = g_file_new_for_uri (uri);
  return TRUE;
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintChoices      *choices)
{
  PodiumRenderer *renderer = print_choices_get_renderer (choices);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  /* Room signs and the run of show go landscape (see request-page-setup) */
  if (podium_renderer_get_landscape (renderer) != (width > height))
    {
      double t = width;
      width = height;
      height = t;
    }

  /* GTK's "Print to File" would write the pages untagged: a PDF is written by Podium's
   * own writer instead (structure, language, alternative texts), on the paper chosen */
  if (print_to_pdf_file (operation, choices))
    {
      choices->pdf_width = width;
      choices->pdf_height = height;
      gtk_print_operation_cancel (operation);
      return;
    }

  gtk_print_operation_set_n_pages (operation, podium_renderer_paginate (renderer, width, height));
}

static void
on_request_page_setup_cb (GtkPrintOperation *operation,
                          GtkPrintContext   *context,
                          int                page,
                          GtkPageSetup      *setup,
                          PrintChoices      *choices)
{
  gtk_page_setup_set_orientation (setup,
                                  podium_renderer_get_landscape (print_choices_get_renderer (choices))
                                  ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintChoices      *choices)
{
  podium_renderer_draw_page (print_choices_get_renderer (choices),
                             gtk_print_context_get_cairo_context (context), page);
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            GError     *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  GtkWindow  *parent;    /* (nullable) */
  const char *heading;   /* translated, static */
} PdfWriting;

static void
on_pdf_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PdfWriting *writing = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    show_error (writing->parent, writing->heading, error);
  g_clear_object (&writing->parent);
  g_free (writing);
}

/* Writes @bytes to @file in the background (the folder may be on a slow share); a
 * failure is shown over @parent under @heading */
static void
write_pdf_async (GFile            *file,
                 GBytes           *bytes,
                 GFileCreateFlags  flags,
                 GtkWindow        *parent,
                 const char       *heading)
{
  PdfWriting *writing = g_new0 (PdfWriting, 1);

  writing->parent = parent ? g_object_ref (parent) : NULL;
  writing->heading = heading;
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, flags, NULL,
                                       on_pdf_written_cb, writing);
}

/* "Print to File" as PDF: the tagged PDF, written where the dialog said */
static void
write_pdf_file (GtkWindow    *parent,
                PrintChoices *choices)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = podium_pdf_render_on_paper (print_choices_get_renderer (choices),
                                      choices->pdf_width, choices->pdf_height, &error);
  if (bytes == NULL)
    {
      show_error (parent, _("Could Not Print"), error);
      return;
    }

  write_pdf_async (choices->pdf_output, bytes, G_FILE_CREATE_REPLACE_DESTINATION, parent,
                   _("Could Not Print"));
}

static void
run_with_choices (GtkWindow    *parent,
                  PrintChoices *choices)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  g_autofree char *job_name = NULL;

  if (choices->file != NULL)
    job_name = g_file_get_basename (choices->file);
  else
    job_name = g_strdup (podium_conference_get_title (podium_document_get_conference (choices->document)));

  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  /* The renderer keeps its own 18 mm margins from the paper's edge */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* TRANSLATORS: the tab of the print dialog with Podium's choices */
  gtk_print_operation_set_custom_tab_label (operation, _("Podium"));

  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget_cb), choices);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply_cb), choices);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), choices);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (on_request_page_setup_cb), choices);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), choices);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (parent, _("Could Not Print"), error);
  else if (choices->pdf_output != NULL)
    write_pdf_file (parent, choices);
}

typedef struct
{
  GtkWindow    *parent;
  PrintChoices *choices;
} Printing;

static void
on_print_images_read_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  Printing *printing = user_data;
  g_autoptr(GHashTable) images = podium_print_images_read_finish (result, NULL);

  if (images != NULL)
    print_choices_set_images (printing->choices, images);
  run_with_choices (printing->parent, printing->choices);
  g_clear_object (&printing->parent);
  print_choices_free (printing->choices);
  g_free (printing);
}

void
podium_print_run (GtkWindow      *parent,
                  PodiumDocument *document,
                  GFile          *file)
{
  Printing *printing;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (PODIUM_IS_DOCUMENT (document));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  printing = g_new0 (Printing, 1);
  printing->parent = parent ? g_object_ref (parent) : NULL;
  printing->choices = print_choices_new (document, file);
  podium_print_images_read_async (document, file, NULL, on_print_images_read_cb, printing);
}

/* The preview */

static void
update_page (PodiumPrintPreview *self)
{
  guint n_pages = podium_renderer_get_n_pages (print_choices_get_renderer (self->choices));
  g_autofree char *text = NULL;

  self->page = MIN (self->page, n_pages - 1);
  /* TRANSLATORS: page counter of the print preview */
  text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n_pages);
  gtk_label_set_label (self->page_label, text);
  gtk_widget_set_sensitive (self->previous_button, self->page > 0);
  gtk_widget_set_sensitive (self->next_button, self->page + 1 < n_pages);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
relayout (PodiumPrintPreview *self)
{
  PodiumRenderer *renderer = print_choices_get_renderer (self->choices);
  double width, height;

  podium_renderer_get_paper_size (renderer, &width, &height);
  podium_renderer_paginate (renderer, width, height);
  update_page (self);
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  PodiumPrintPreview *self = user_data;
  PodiumRenderer *renderer = print_choices_get_renderer (self->choices);
  double paper_w, paper_h, scale, x, y;
  const double pad = 24;

  podium_renderer_get_paper_size (renderer, &paper_w, &paper_h);
  scale = MIN ((width - 2 * pad) / paper_w, (height - 2 * pad) / paper_h);
  if (scale <= 0)
    return;
  x = (width - paper_w * scale) / 2;
  y = (height - paper_h * scale) / 2;

  /* A sheet of paper with a soft edge */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.15);
  cairo_rectangle (cr, x + 1, y + 2, paper_w * scale, paper_h * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, paper_w * scale, paper_h * scale);
  cairo_fill (cr);

  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  podium_renderer_draw_page (renderer, cr, self->page);
}

static void
on_choice_changed_cb (GtkWidget          *choice,
                      GParamSpec         *pspec,
                      PodiumPrintPreview *self)
{
  print_choices_read (self->choices);
  self->page = 0;
  relayout (self);
}

static void
preview_previous (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PodiumPrintPreview *self = PODIUM_PRINT_PREVIEW (widget);

  if (self->page > 0)
    self->page--;
  update_page (self);
}

static void
preview_next (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PodiumPrintPreview *self = PODIUM_PRINT_PREVIEW (widget);

  self->page++;
  update_page (self);
}

static void
preview_print (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PodiumPrintPreview *self = PODIUM_PRINT_PREVIEW (widget);
  g_autoptr(PrintChoices) choices = print_choices_new (self->choices->document, self->choices->file);

  /* The dialog starts from what the preview shows */
  choices->kind = self->choices->kind;
  choices->language = self->choices->language;
  choices->day = self->choices->day;
  choices->abstracts = self->choices->abstracts;
  run_with_choices (GTK_WINDOW (self), choices);
}

static void
on_export_response_cb (GtkNativeDialog    *dialog,
                       int                 response,
                       PodiumPrintPreview *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      bytes = podium_pdf_render (print_choices_get_renderer (self->choices), &error);
      if (bytes == NULL)
        show_error (GTK_WINDOW (self), _("Could Not Export the PDF"), error);
      else
        write_pdf_async (file, bytes, G_FILE_CREATE_NONE, GTK_WINDOW (self),
                         _("Could Not Export the PDF"));
      /* podium_pdf_render paginated for the PDF's paper; keep the preview in step */
      relayout (self);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
preview_export (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PodiumPrintPreview *self = PODIUM_PRINT_PREVIEW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (self->choices->file != NULL)
    {
      g_autofree char *base = g_file_get_basename (self->choices->file);
      char *dot = strstr (base, ".podium.json");

      if (dot != NULL)
        *dot = '\0';
      /* "austauschtreffen-programme.pdf" */
      name = g_strdup_printf ("%s-%s.pdf", base, kinds[self->choices->kind]);
    }
  else
    name = g_strdup_printf ("%s.pdf", kinds[self->choices->kind]);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
podium_print_preview_dispose (GObject *object)
{
  PodiumPrintPreview *self = PODIUM_PRINT_PREVIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PODIUM_TYPE_PRINT_PREVIEW);
  g_clear_pointer (&self->choices, print_choices_free);

  G_OBJECT_CLASS (podium_print_preview_parent_class)->dispose (object);
}

static void
podium_print_preview_class_init (PodiumPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = podium_print_preview_dispose;

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, preview_previous);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, preview_next);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, preview_print);
  gtk_widget_class_install_action (widget_class, "preview.export", NULL, preview_export);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/podiumplanner/Podium/"
                                               "podium-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, PodiumPrintPreview, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PodiumPrintPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, PodiumPrintPreview, bar);
  gtk_widget_class_bind_template_child (widget_class, PodiumPrintPreview, area);
  gtk_widget_class_bind_template_child (widget_class, PodiumPrintPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, PodiumPrintPreview, previous_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumPrintPreview, next_button);
}

static void
podium_print_preview_init (PodiumPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  podium_accessible_drop_mnemonic_names (GTK_WIDGET (self->header_bar));
  gtk_drawing_area_set_draw_func (self->area, draw_preview, self, NULL);
}

static void
on_preview_images_read_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(GHashTable) images = podium_print_images_read_finish (result, NULL);
  PodiumPrintPreview *self = user_data;

  /* NULL: cancelled, the preview is gone */
  if (images == NULL)
    return;
  print_choices_set_images (self->choices, images);
  relayout (self);
}

PodiumPrintPreview *
podium_print_preview_new (GtkWindow      *parent,
                          PodiumDocument *document,
                          GFile          *file)
{
  PodiumPrintPreview *self;
  PodiumConference *conference;
  GtkWidget *choices_widget;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  self = g_object_new (PODIUM_TYPE_PRINT_PREVIEW,
                       "transient-for", parent,
                       NULL);
  self->choices = print_choices_new (document, file);
  conference = podium_document_get_conference (document);
  adw_window_title_set_subtitle (self->window_title, podium_conference_get_title (conference));

  choices_widget = print_choices_make_widget (self->choices);
  /* One row: move each label and choice into its own column */
  for (guint i = 0; i < 4; i++)
    {
      GtkWidget *label = gtk_grid_get_child_at (GTK_GRID (choices_widget), 0, i);
      GtkWidget *choice = gtk_grid_get_child_at (GTK_GRID (choices_widget), 1, i);

      g_object_ref (label);
      g_object_ref (choice);
      gtk_grid_remove (GTK_GRID (choices_widget), label);
      gtk_grid_remove (GTK_GRID (choices_widget), choice);
      gtk_grid_attach (GTK_GRID (choices_widget), label, 2 * i, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (choices_widget), choice, 2 * i + 1, 0, 1, 1);
      g_object_unref (label);
      g_object_unref (choice);
      g_signal_connect (choice, GTK_IS_SWITCH (choice) ? "notify::active" : "notify::selected",
                        G_CALLBACK (on_choice_changed_cb), self);
    }
  gtk_widget_set_hexpand (choices_widget, TRUE);
  gtk_box_prepend (self->bar, choices_widget);

  relayout (self);
  /* Without the logos until they are read */
  self->cancellable = g_cancellable_new ();
  podium_print_images_read_async (document, file, self->cancellable,
                                  on_preview_images_read_cb, self);

  return self;
}

void
podium_print_preview_show (GtkWindow      *parent,
                           PodiumDocument *document,
                           GFile          *file)
{
  PodiumPrintPreview *preview = podium_print_preview_new (parent, document, file);

  gtk_window_present (GTK_WINDOW (preview));
}
