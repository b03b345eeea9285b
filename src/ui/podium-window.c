/* podium-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-export.h"
#include "podium-labels.h"
#include "podium-window.h"

struct _PodiumWindow
{
  AdwApplicationWindow  parent_instance;

  PodiumDocument       *document;
  GFile                *file;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkLabel             *title_label;
  AdwActionRow         *dates_row;
  AdwActionRow         *venue_row;
  AdwActionRow         *host_row;
  GtkListBox           *sessions_list;
};

G_DEFINE_FINAL_TYPE (PodiumWindow, podium_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_title (PodiumWindow *self)
{
  PodiumConference *conference;
  g_autofree char *name = NULL;
  const char *title;

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Podium"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Podium"));
      return;
    }

  conference = podium_document_get_conference (self->document);
  title = podium_conference_get_title (conference);
  if (title == NULL || *title == '\0')
    title = _("Untitled Conference");

  if (self->file)
    name = g_file_get_basename (self->file);
  else
    name = g_strdup (_("Not saved"));
  if (podium_document_get_modified (self->document))
    {
      /* TRANSLATORS: a file name with unsaved changes */
      g_autofree char *marked = g_strdup_printf (_("• %s"), name);
      g_free (name);
      name = g_steal_pointer (&marked);
    }

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static GtkWidget *
create_session_row (PodiumWindow  *self,
                    PodiumSession *session)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *time_label;
  g_autofree char *time = podium_labels_time_range (podium_session_get_start (session),
                                                    podium_session_get_end (session));
  g_autofree char *where = podium_labels_session_place (session);
  g_autofree char *roles = podium_labels_session_roles (session);
  g_autofree char *subtitle = NULL;

  if (roles && *roles)
    subtitle = g_strdup_printf ("%s — %s", where, roles);
  else
    subtitle = g_strdup (where);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), podium_session_get_title (session));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  time_label = gtk_label_new (time);
  gtk_widget_add_css_class (time_label, "numeric");
  gtk_widget_set_size_request (time_label, 110, -1);
  gtk_label_set_xalign (GTK_LABEL (time_label), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), time_label);

  return row;
}

static void
update_plan (PodiumWindow *self)
{
  PodiumConference *conference = podium_document_get_conference (self->document);
  g_autoptr(GPtrArray) sessions = podium_document_list_sessions_by_time (self->document);
  g_autofree char *dates = podium_labels_conference_dates (conference);
  g_autofree char *venue = podium_labels_conference_venue (conference);
  g_autofree char *hosts = podium_labels_conference_hosts (conference);
  GtkWidget *child;

  gtk_label_set_text (self->title_label, podium_conference_get_title (conference));
  adw_action_row_set_subtitle (self->dates_row, dates);
  adw_action_row_set_subtitle (self->venue_row, venue);
  adw_action_row_set_subtitle (self->host_row, hosts);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_list))))
    gtk_list_box_remove (self->sessions_list, child);
  for (guint i = 0; i < sessions->len; i++)
    gtk_list_box_append (self->sessions_list, create_session_row (self, g_ptr_array_index (sessions, i)));
}

static void
on_document_changed_cb (PodiumWindow   *self,
                        PodiumDocument *document)
{
  update_plan (self);
  update_title (self);
}

static void
set_document (PodiumWindow   *self,
              PodiumDocument *document,
              GFile          *file)
{
  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);

  g_set_object (&self->document, document);
  g_set_object (&self->file, file);

  if (document)
    {
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::modified",
                               G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
      update_plan (self);
    }

  gtk_stack_set_visible_child_name (self->stack, document ? "plan" : "empty");
  update_title (self);
}

static void
show_open_error (PodiumWindow *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
podium_window_open (PodiumWindow *self,
                    GFile        *file)
{
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PODIUM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!(document = podium_load_file (file, &error)))
    {
      show_open_error (self, file, error);
      return;
    }

  set_document (self, document, file);
}

void
podium_window_new_document (PodiumWindow *self)
{
  g_autoptr(PodiumDocument) document = podium_document_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today_text = g_date_time_format (now, "%Y-%m-%d");
  int today = 0;

  g_return_if_fail (PODIUM_IS_WINDOW (self));

  podium_time_parse_date (today_text, &today);
  g_object_set (podium_document_get_conference (document),
                "title", _("New Conference"),
                "start-date", today,
                "end-date", today,
                NULL);

  set_document (self, document, NULL);
}

static void
on_open_response_cb (PodiumWindow         *self,
                     int                   response,
                     GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      podium_window_open (self, file);
    }
  g_object_unref (native);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Open Conference Plan"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Conference Plans"));
  gtk_file_filter_add_pattern (filter, "*.podium.json");
  gtk_file_filter_add_mime_type (filter, "application/x-podium+json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  g_signal_connect_object (native, "response", G_CALLBACK (on_open_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
podium_window_dispose (GObject *object)
{
  PodiumWindow *self = (PodiumWindow *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (podium_window_parent_class)->dispose (object);
}

static void
podium_window_class_init (PodiumWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = podium_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/podiumplanner/Podium/podium-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, dates_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, venue_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, host_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, sessions_list);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

static void
podium_window_init (PodiumWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PodiumWindow *
podium_window_new (PodiumApplication *app)
{
  return g_object_new (PODIUM_TYPE_WINDOW, "application", app, NULL);
}

gboolean
podium_window_is_empty (PodiumWindow *self)
{
  g_return_val_if_fail (PODIUM_IS_WINDOW (self), FALSE);

  return self->document == NULL;
}

PodiumDocument *
podium_window_get_document (PodiumWindow *self)
{
  g_return_val_if_fail (PODIUM_IS_WINDOW (self), NULL);

  return self->document;
}
