/* podium-export-dialog.c — the Export dialog: a format, a document for PDF and HTML, a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-export-dialog.h"
#include "podium-export.h"
#include "podium-plan.h"
#include "podium-print-image.h"
#include "podium-ui.h"

struct _PodiumExportDialog
{
  AdwMessageDialog      parent_instance;

  PodiumPlan           *plan;
  GSettings            *settings;
  GPtrArray            *exporters;   /* const PodiumExporter *, in the format row's order */

  /* Chosen when Export was pressed: the dialog is gone while the file is chosen */
  GtkWindow            *parent;
  const PodiumExporter *exporter;
  const char           *export_document;

  /* template children */
  AdwComboRow          *format_row;
  AdwComboRow          *document_row;
};

G_DEFINE_FINAL_TYPE (PodiumExportDialog, podium_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of the document row's items in the .ui */
static const char * const export_documents[] = {
  "programme", "rooms", "speakers", "run-of-show", "badges", "attendance",
};

static const char *
exporter_label (const PodiumExporter *exporter)
{
  if (g_str_equal (exporter->name, "podium"))
    return _("Podium Plan");
  if (g_str_equal (exporter->name, "pdf"))
    return _("PDF Document");
  if (g_str_equal (exporter->name, "html"))
    return _("Web Page (HTML)");
  if (g_str_equal (exporter->name, "ics"))
    return _("Calendar (iCalendar)");
  if (g_str_equal (exporter->name, "frab-xml"))
    return _("frab schedule.xml");
  if (g_str_equal (exporter->name, "frab-json"))
    return _("frab schedule.json");
  if (g_str_equal (exporter->name, "csv"))
    return _("Spreadsheet (CSV)");
  if (g_str_equal (exporter->name, "participants"))
    return _("Participants (CSV)");
  if (g_str_equal (exporter->name, "changes"))
    return _("Changes Since the Last Version (HTML)");
  return exporter->name;
}

static gboolean
has_documents (const PodiumExporter *exporter)
{
  return exporter && (g_str_equal (exporter->name, "pdf") || g_str_equal (exporter->name, "html"));
}

static const PodiumExporter *
chosen_exporter (PodiumExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->format_row);

  return i < self->exporters->len ? g_ptr_array_index (self->exporters, i) : NULL;
}

static const char *
chosen_document (PodiumExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->document_row);

  if (!has_documents (chosen_exporter (self)) || i >= G_N_ELEMENTS (export_documents))
    return NULL;
  return export_documents[i];
}

static void
show_error (GtkWindow  *parent,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Export"), body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Callbacks */

static void
on_format_row_selected_cb (PodiumExportDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->document_row),
                          has_documents (chosen_exporter (self)));
}

typedef struct
{
  PodiumExportDialog *self;
  GFile              *file;
} Exported;

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Exported *exported = user_data;
  PodiumExportDialog *self = exported->self;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    show_error (self->parent, error->message);
  else
    {
      g_autoptr(GFile) folder = g_file_get_parent (exported->file);
      g_autofree char *folder_path = folder ? g_file_get_path (folder) : NULL;

      if (folder_path)
        g_settings_set_string (self->settings, "recent-export-folder", folder_path);
      g_signal_emit (self, signals[EXPORTED], 0, exported->file);
    }
  g_object_unref (exported->self);
  g_object_unref (exported->file);
  g_free (exported);
}

/* Exports the document (with @images, drawing reads no file) and writes it */
static void
export_and_write (Exported   *exported,
                  GHashTable *images)
{
  PodiumExportDialog *self = exported->self;
  PodiumExportOptions options = { NULL, NULL, PODIUM_DATE_NONE,
                                  podium_plan_get_location (self->plan) };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  options.document = self->export_document;
  options.images = images;
  if (!(bytes = self->exporter->export (podium_plan_get_document (self->plan), &options, &error)))
    {
      show_error (self->parent, error->message);
      g_object_unref (exported->self);
      g_object_unref (exported->file);
      g_free (exported);
      return;
    }

  /* Written in the background to a temporary file and renamed: a failed export never
   * leaves half a file */
  g_file_replace_contents_bytes_async (exported->file, bytes, NULL, FALSE, G_FILE_CREATE_NONE,
                                       NULL, on_exported_cb, exported);
}

static void
on_images_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GHashTable) images = podium_print_images_read_finish (result, NULL);

  export_and_write (user_data, images);
}

static void
on_file_chooser_response_cb (GtkNativeDialog    *native,
                             int                 response,
                             PodiumExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      Exported *exported = g_new0 (Exported, 1);

      exported->self = g_object_ref (self);
      exported->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      /* Only the PDF and the HTML page show the logos: those are read first */
      if (has_documents (self->exporter))
        podium_print_images_read_async (podium_plan_get_document (self->plan),
                                        podium_plan_get_location (self->plan), NULL,
                                        on_images_read_cb, exported);
      else
        export_and_write (exported, NULL);
    }
  g_object_unref (native);
  g_object_unref (self);   /* held while the file was chosen */
}

/* Asks for the file: the dialog itself closes on the response */
static void
choose_file (PodiumExportDialog *self)
{
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;
  g_autofree char *recent = NULL;
  g_autofree char *extension = NULL;

  if (self->export_document)
    extension = g_strdup_printf ("-%s%s", self->export_document, self->exporter->extension);
  else
    extension = g_strdup (self->exporter->extension);
  name = podium_export_suggested_name (podium_plan_get_document (self->plan), extension);

  native = gtk_file_chooser_native_new (_("Export"), self->parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  recent = g_settings_get_string (self->settings, "recent-export-folder");
  if (recent && *recent)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (recent);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  else if (podium_plan_get_file (self->plan))
    {
      g_autoptr(GFile) folder = g_file_get_parent (podium_plan_get_file (self->plan));
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  g_signal_connect (native, "response", G_CALLBACK (on_file_chooser_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Overrides */

static void
podium_export_dialog_response (AdwMessageDialog *dialog,
                               const char       *response)
{
  PodiumExportDialog *self = PODIUM_EXPORT_DIALOG (dialog);

  if (g_str_equal (response, "export") && (self->exporter = chosen_exporter (self)))
    {
      self->export_document = chosen_document (self);
      g_set_object (&self->parent, gtk_window_get_transient_for (GTK_WINDOW (self)));
      choose_file (self);
    }
}

static void
podium_export_dialog_dispose (GObject *object)
{
  PodiumExportDialog *self = PODIUM_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODIUM_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->parent);

  G_OBJECT_CLASS (podium_export_dialog_parent_class)->dispose (object);
}

static void
podium_export_dialog_finalize (GObject *object)
{
  PodiumExportDialog *self = PODIUM_EXPORT_DIALOG (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->exporters, g_ptr_array_unref);

  G_OBJECT_CLASS (podium_export_dialog_parent_class)->finalize (object);
}

static void
podium_export_dialog_class_init (PodiumExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = podium_export_dialog_dispose;
  object_class->finalize = podium_export_dialog_finalize;
  dialog_class->response = podium_export_dialog_response;

  /**
   * PodiumExportDialog::exported:
   * @file: where the export was written
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/podiumplanner/Podium/"
                                               "podium-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PodiumExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumExportDialog, document_row);
  gtk_widget_class_bind_template_callback (widget_class, on_format_row_selected_cb);
}

static void
podium_export_dialog_init (PodiumExportDialog *self)
{
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);
  const PodiumExporter *exporters;
  guint n = 0;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);

  self->exporters = g_ptr_array_new ();
  exporters = podium_exporter_list (&n);
  for (guint i = 0; i < n; i++)
    {
      /* Badges and attendance lists are PDF documents, chosen under PDF */
      if (g_str_equal (exporters[i].name, "badges") ||
          g_str_equal (exporters[i].name, "attendance"))
        continue;
      g_ptr_array_add (self->exporters, (gpointer) &exporters[i]);
      gtk_string_list_append (formats, exporter_label (&exporters[i]));
    }
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  /* PDF first: what most people want to hand out */
  for (guint i = 0; i < self->exporters->len; i++)
    if (g_str_equal (((PodiumExporter *) g_ptr_array_index (self->exporters, i))->name, "pdf"))
      adw_combo_row_set_selected (self->format_row, i);
  on_format_row_selected_cb (self);
}

GtkWidget *
podium_export_dialog_new (GtkWindow  *parent,
                          PodiumPlan *plan)
{
  PodiumExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PODIUM_IS_PLAN (plan), NULL);

  self = g_object_new (PODIUM_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->plan = g_object_ref (plan);
  return GTK_WIDGET (self);
}

char *
podium_export_suggested_name (PodiumDocument *document,
                              const char     *extension)
{
  PodiumConference *conference = podium_document_get_conference (document);
  const char *base = podium_conference_get_acronym (conference);
  g_autoptr(GString) name = g_string_new (NULL);

  if (base == NULL || *base == '\0')
    base = podium_conference_get_title (conference);
  if (base == NULL || *base == '\0')
    base = _("Conference");

  for (const char *p = base; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || g_unichar_iscntrl (c))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_string_append (name, extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}
