/* podium-video-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-labels.h"
#include "podium-media.h"
#include "podium-video-panel.h"
#include "podium-accessible.h"
#include "podium-ui.h"

/* Days between 0001-01-01 (GDate's day 1) and 1970-01-01 (Podium's day 0) */
#define UNIX_EPOCH_JULIAN 719163

struct _PodiumVideoPanel
{
  GtkWidget             parent_instance;

  PodiumDocument       *document;
  GFile                *document_file;
  PodiumSession        *session;
  PodiumVideo          *video;

  /* The file last inspected (its URI) and what came of it: info or error_message */
  char                 *inspected_uri;
  PodiumMediaInfo      *info;
  char                 *error_message;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  GtkStringList        *contacts;
  gboolean              updating;

  GtkWidget            *box;
  GtkStack             *picture_stack;
  GtkSpinner           *spinner;
  GtkLabel             *error_label;
  GtkPicture           *picture;
  GtkWidget            *play_button;
  AdwActionRow         *file_row;
  AdwActionRow         *length_row;
  AdwActionRow         *resolution_row;
  AdwComboRow          *status_row;
  AdwComboRow          *contact_row;
  AdwActionRow         *received_row;
  GtkMenuButton        *received_button;
  GtkCalendar          *calendar;
  GtkSwitch            *subtitles_switch;
  AdwEntryRow          *notes_row;
};

G_DEFINE_FINAL_TYPE (PodiumVideoPanel, podium_video_panel, GTK_TYPE_WIDGET)

/* What an inspection is for: showing a file already in the plan, or one the user chose */
typedef struct
{
  PodiumVideoPanel *self;
  PodiumDocument   *document;
  PodiumVideo      *video;
  char             *uri;
  char             *path;   /* the chosen file as stored; NULL when only showing */
  char             *looked_for;  /* the "file" whose facts it finds: the chosen or the stored */
} Inspection;

static void
inspection_free (Inspection *inspection)
{
  g_clear_object (&inspection->self);
  g_clear_object (&inspection->document);
  g_clear_object (&inspection->video);
  g_free (inspection->uri);
  g_free (inspection->path);
  g_free (inspection->looked_for);
  g_free (inspection);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Inspection, inspection_free)

static GFile *
resolve_video_file (PodiumVideoPanel *self)
{
  if (self->video == NULL)
    return NULL;
  return podium_media_resolve (self->document_file, podium_video_get_file (self->video));
}

static int
known_duration (PodiumVideoPanel *self)
{
  if (self->info != NULL && podium_media_info_get_duration (self->info) >= 0)
    return podium_media_info_get_duration (self->info);
  return self->video ? podium_video_get_duration (self->video) : -1;
}

static void
update_picture (PodiumVideoPanel *self,
                gboolean          loading)
{
  GBytes *bytes = NULL;
  int width = 0, height = 0;
  gsize stride = 0;

  if (self->info != NULL)
    bytes = podium_media_info_get_thumbnail (self->info, &width, &height, &stride);

  gtk_spinner_set_spinning (self->spinner, loading);

  if (loading)
    gtk_stack_set_visible_child_name (self->picture_stack, "loading");
  else if (self->error_message != NULL)
    {
      gtk_label_set_text (self->error_label, self->error_message);
      gtk_stack_set_visible_child_name (self->picture_stack, "error");
    }
  else if (bytes != NULL)
    {
      g_autoptr(GdkTexture) texture = gdk_memory_texture_new (width, height, GDK_MEMORY_R8G8B8,
                                                              bytes, stride);

      gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
      gtk_stack_set_visible_child_name (self->picture_stack, "thumbnail");
    }
  else
    {
      gtk_picture_set_paintable (self->picture, NULL);
      gtk_stack_set_visible_child_name (self->picture_stack,
                                        self->info != NULL ? "thumbnail" : "empty");
    }

  gtk_widget_set_visible (self->play_button, !loading && self->info != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "video-panel.play",
                                 !loading && self->info != NULL);
}

static void
update_length (PodiumVideoPanel *self)
{
  int seconds = known_duration (self);
  int slot = self->session ? podium_session_get_duration (self->session) : 0;
  g_autofree char *length = NULL;
  g_autofree char *subtitle = NULL;

  if (seconds < 0)
    subtitle = g_strdup (_("Unknown"));
  else
    {
      length = podium_media_format_duration (seconds);
      if (slot > 0 && seconds > slot * 60)
        /* TRANSLATORS: "5:20 · longer than its 5-minute slot"; the plural follows the
         * number of minutes */
        subtitle = g_strdup_printf (ngettext ("%s · longer than its %d-minute slot",
                                              "%s · longer than its %d-minute slot", slot),
                                    length, slot);
      else
        subtitle = g_steal_pointer (&length);
    }
  adw_action_row_set_subtitle (self->length_row, subtitle);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "video-panel.fit",
                                 self->session != NULL && seconds >= 0 &&
                                 podium_media_slot_minutes (seconds) != slot);

  if (self->info != NULL)
    {
      /* Translators: a picture size, width × height in pixels */
      g_autofree char *size = g_strdup_printf (_("%d×%d"),
                                               podium_media_info_get_width (self->info),
                                               podium_media_info_get_height (self->info));
      adw_action_row_set_subtitle (self->resolution_row, size);
    }
  else
    adw_action_row_set_subtitle (self->resolution_row, _("Unknown"));
}

static void
rebuild_contacts (PodiumVideoPanel *self)
{
  GListModel *people;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_ptr_array_add (names, g_strdup (_("Nobody")));
  if (self->document != NULL)
    {
      people = podium_document_get_people (self->document);
      n = g_list_model_get_n_items (people);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PodiumPerson) person = g_list_model_get_item (people, i);

          g_ptr_array_add (names, podium_labels_person (person));
        }
    }
  g_ptr_array_add (names, NULL);

  self->updating = TRUE;
  gtk_string_list_splice (self->contacts, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->contacts)),
                          (const char * const *) names->pdata);
  self->updating = FALSE;
}

static guint
contact_position (PodiumVideoPanel *self,
                  PodiumPerson     *person)
{
  guint position;

  if (person == NULL || self->document == NULL ||
      !g_list_store_find (G_LIST_STORE (podium_document_get_people (self->document)),
                          person, &position))
    return 0;
  return position + 1;
}

/* Shows the model's values; never edits */
static void
sync_from_model (PodiumVideoPanel *self)
{
  const char *file;
  const char *notes;
  int received;

  gtk_widget_set_sensitive (self->box, self->video != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "video-panel.choose", self->video != NULL);

  if (self->video == NULL)
    {
      adw_action_row_set_subtitle (self->file_row, NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "video-panel.clear", FALSE);
      update_length (self);
      return;
    }

  self->updating = TRUE;

  file = podium_video_get_file (self->video);
  if (file == NULL || *file == '\0')
    adw_action_row_set_subtitle (self->file_row, _("None"));
  else if (g_uri_peek_scheme (file) != NULL)
    {
      /* Outside the plan's folder: "/home/anna/Videos/a.webm" reads better than its URI */
      g_autoptr(GFile) resolved = resolve_video_file (self);
      g_autofree char *name = g_file_get_parse_name (resolved);

      adw_action_row_set_subtitle (self->file_row, name);
    }
  else
    adw_action_row_set_subtitle (self->file_row, file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "video-panel.clear", file && *file);

  update_length (self);

  adw_combo_row_set_selected (self->status_row, podium_video_get_status (self->video));
  adw_combo_row_set_selected (self->contact_row,
                              contact_position (self, podium_video_get_contact (self->video)));

  received = podium_video_get_received (self->video);
  if (received == PODIUM_DATE_NONE)
    adw_action_row_set_subtitle (self->received_row, _("Not yet"));
  else
    {
      g_autofree char *date = podium_labels_date (received);
      g_autoptr(GDate) day = g_date_new_julian (received + UNIX_EPOCH_JULIAN);
      g_autoptr(GDateTime) selected = g_date_time_new_local (g_date_get_year (day),
                                                             g_date_get_month (day),
                                                             g_date_get_day (day), 0, 0, 0);

      adw_action_row_set_subtitle (self->received_row, date);
      gtk_calendar_select_day (self->calendar, selected);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "video-panel.not-received",
                                 received != PODIUM_DATE_NONE);

  gtk_switch_set_active (self->subtitles_switch, podium_video_get_subtitles (self->video));

  notes = podium_video_get_notes (self->video);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->notes_row)), notes ? notes : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->notes_row), notes ? notes : "");

  self->updating = FALSE;
}

static void
on_inspected_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(Inspection) inspection = user_data;
  PodiumVideoPanel *self = inspection->self;
  g_autoptr(PodiumMediaInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  int duration = -1;

  info = podium_media_inspect_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (info != NULL)
    duration = podium_media_info_get_duration (info);

  if (inspection->path != NULL)
    {
      /* The user chose this file: the file and the length it brings are one step, undone
       * together. A file that cannot be read is still stored (the plan should say which
       * file is expected), with its length unknown.
       */
      podium_document_begin (inspection->document, _("Choose Video File"));
      podium_document_edit (inspection->document, inspection->video,
                            "file", inspection->path,
                            "duration", duration,
                            NULL);
      podium_document_end (inspection->document);
    }

  /* The length read (a stale stored one is corrected) and whether the file is there are
   * facts about the file, not edits: opening a plan never marks it modified nor offers to
   * undo something the user did not do */
  podium_media_store_inspection (inspection->document, inspection->video,
                                 inspection->looked_for, info, error);

  if (inspection->video != self->video || g_strcmp0 (inspection->uri, self->inspected_uri) != 0)
    return;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->info, podium_media_info_unref);
  g_clear_pointer (&self->error_message, g_free);
  self->info = g_steal_pointer (&info);
  if (error != NULL)
    self->error_message = g_strdup (error->message);

  update_picture (self, FALSE);
  sync_from_model (self);
}

static void
start_inspection (PodiumVideoPanel *self,
                  GFile            *file,
                  const char       *chosen_path)
{
  Inspection *inspection;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->info, podium_media_info_unref);
  g_clear_pointer (&self->error_message, g_free);
  g_free (self->inspected_uri);
  self->inspected_uri = g_file_get_uri (file);

  inspection = g_new0 (Inspection, 1);
  inspection->self = g_object_ref (self);
  inspection->document = g_object_ref (self->document);
  inspection->video = g_object_ref (self->video);
  inspection->uri = g_strdup (self->inspected_uri);
  inspection->path = g_strdup (chosen_path);
  inspection->looked_for = g_strdup (chosen_path ? chosen_path : podium_video_get_file (self->video));

  /* A file the user chose is stored even when they look elsewhere before it is read */
  if (chosen_path == NULL)
    self->cancellable = g_cancellable_new ();

  update_picture (self, TRUE);
  podium_media_inspect_async (file, self->cancellable, on_inspected_cb, inspection);
}

/* Inspects the video's file unless that file is what is shown already */
static void
refresh_media (PodiumVideoPanel *self)
{
  g_autoptr(GFile) file = resolve_video_file (self);
  g_autofree char *uri = file ? g_file_get_uri (file) : NULL;

  if (file != NULL && g_strcmp0 (uri, self->inspected_uri) == 0)
    return;

  if (file == NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      g_clear_pointer (&self->inspected_uri, g_free);
      g_clear_pointer (&self->info, podium_media_info_unref);
      g_clear_pointer (&self->error_message, g_free);
      update_picture (self, FALSE);
      return;
    }

  start_inspection (self, file, NULL);
}

static void
on_document_changed_cb (PodiumVideoPanel *self,
                        PodiumChangeSet  *changes,
                        PodiumDocument   *document)
{
  refresh_media (self);
  sync_from_model (self);
}

static void
on_people_changed_cb (PodiumVideoPanel *self,
                      guint             position,
                      guint             removed,
                      guint             added,
                      GListModel       *people)
{
  rebuild_contacts (self);
  sync_from_model (self);
}

static void
on_status_selected_cb (PodiumVideoPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (self->updating || self->video == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  podium_document_edit (self->document, self->video, "status", (PodiumVideoStatus) selected, NULL);
}

static void
on_contact_selected_cb (PodiumVideoPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->contact_row);
  g_autoptr(PodiumPerson) person = NULL;

  if (self->updating || self->video == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    person = g_list_model_get_item (podium_document_get_people (self->document), selected - 1);
  podium_document_edit (self->document, self->video, "contact", person, NULL);
}

static void
on_day_selected_cb (PodiumVideoPanel *self)
{
  g_autoptr(GDateTime) selected = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDate) day = NULL;
  int year, month, mday;

  if (self->updating || self->video == NULL)
    return;

  g_date_time_get_ymd (selected, &year, &month, &mday);
  day = g_date_new_dmy (mday, month, year);
  podium_document_edit (self->document, self->video,
                        "received", (int) g_date_get_julian (day) - UNIX_EPOCH_JULIAN,
                        NULL);
}

static void
on_subtitles_active_cb (PodiumVideoPanel *self)
{
  if (self->updating || self->video == NULL)
    return;
  podium_document_edit (self->document, self->video,
                        "subtitles", gtk_switch_get_active (self->subtitles_switch),
                        NULL);
}

static void
on_notes_apply_cb (PodiumVideoPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->notes_row));

  if (self->updating || self->video == NULL)
    return;
  podium_document_edit (self->document, self->video, "notes", *text ? text : NULL, NULL);
}

static void
on_chooser_response_cb (PodiumVideoPanel     *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    _podium_video_panel_use_file (self, file);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PodiumVideoPanel *self = PODIUM_VIDEO_PANEL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) videos = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GFile) current = resolve_video_file (self);
  g_autoptr(GFile) folder = NULL;

  if (self->video == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Choose Video File"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (videos, _("Videos"));
  gtk_file_filter_add_mime_type (videos, "video/*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), videos);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  /* Start where the videos are likely to be: the current one's folder, else the plan's */
  if (current != NULL)
    folder = g_file_get_parent (current);
  else if (self->document_file != NULL)
    folder = g_file_get_parent (self->document_file);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  podium_ui_show_chooser_in (GTK_NATIVE_DIALOG (self->chooser), folder, GTK_WIDGET (self));
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PodiumVideoPanel *self = PODIUM_VIDEO_PANEL (widget);

  if (self->video == NULL)
    return;

  podium_document_begin (self->document, _("Remove Video File"));
  podium_document_edit (self->document, self->video, "file", NULL, "duration", -1, NULL);
  podium_document_end (self->document);
}

static void
fit_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PodiumVideoPanel *self = PODIUM_VIDEO_PANEL (widget);

  if (self->session != NULL)
    podium_media_fit_slot (self->document, self->session);
}

static void
not_received_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PodiumVideoPanel *self = PODIUM_VIDEO_PANEL (widget);

  if (self->video != NULL)
    podium_document_edit (self->document, self->video, "received", PODIUM_DATE_NONE, NULL);
  gtk_menu_button_popdown (self->received_button);
}

static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PodiumVideoPanel *self = PODIUM_VIDEO_PANEL (widget);
  g_autoptr(GFile) file = resolve_video_file (self);
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *window, *box, *header, *video;
  GtkEventController *shortcuts;

  if (file == NULL)
    return;

  name = g_file_get_basename (file);
  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), name);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 480);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Video Preview"), name));
  gtk_box_append (GTK_BOX (box), header);

  video = gtk_video_new_for_file (file);
  gtk_video_set_autoplay (GTK_VIDEO (video), TRUE);
  gtk_widget_set_vexpand (video, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (video),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Video Preview"),
                                  -1);
  gtk_box_append (GTK_BOX (box), video);
  adw_window_set_content (ADW_WINDOW (window), box);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);

  gtk_window_present (GTK_WINDOW (window));
}

static void
podium_video_panel_dispose (GObject *object)
{
  PodiumVideoPanel *self = PODIUM_VIDEO_PANEL (object);

  podium_video_panel_set_session (self, NULL);
  podium_video_panel_set_document (self, NULL, NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->info, podium_media_info_unref);
  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->inspected_uri, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODIUM_TYPE_VIDEO_PANEL);

  G_OBJECT_CLASS (podium_video_panel_parent_class)->dispose (object);
}

static void
podium_video_panel_class_init (PodiumVideoPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = podium_video_panel_dispose;

  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/podiumplanner/Podium/podium-video-panel.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, box);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, picture_stack);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, spinner);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, picture);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, play_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, file_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, length_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, resolution_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, status_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, contact_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, received_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, received_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, calendar);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, subtitles_switch);
  gtk_widget_class_bind_template_child (widget_class, PodiumVideoPanel, notes_row);

  gtk_widget_class_install_action (widget_class, "video-panel.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "video-panel.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "video-panel.fit", NULL, fit_action);
  gtk_widget_class_install_action (widget_class, "video-panel.play", NULL, play_action);
  gtk_widget_class_install_action (widget_class, "video-panel.not-received", NULL,
                                   not_received_action);
}

static void
podium_video_panel_init (PodiumVideoPanel *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  podium_accessible_drop_mnemonic_names (GTK_WIDGET (self));

  /* In enum order, so the selected position is the status */
  for (PodiumVideoStatus status = PODIUM_VIDEO_REQUESTED; status <= PODIUM_VIDEO_APPROVED; status++)
    gtk_string_list_append (statuses, podium_labels_video_status (status));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  self->contacts = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->contact_row, G_LIST_MODEL (self->contacts));
  g_object_unref (self->contacts);  /* the row keeps it */
  rebuild_contacts (self);

  g_signal_connect_swapped (self->status_row, "notify::selected",
                            G_CALLBACK (on_status_selected_cb), self);
  g_signal_connect_swapped (self->contact_row, "notify::selected",
                            G_CALLBACK (on_contact_selected_cb), self);
  g_signal_connect_swapped (self->calendar, "day-selected",
                            G_CALLBACK (on_day_selected_cb), self);
  g_signal_connect_swapped (self->subtitles_switch, "notify::active",
                            G_CALLBACK (on_subtitles_active_cb), self);
  g_signal_connect_swapped (self->notes_row, "apply",
                            G_CALLBACK (on_notes_apply_cb), self);
  g_signal_connect_swapped (self->notes_row, "entry-activated",
                            G_CALLBACK (on_notes_apply_cb), self);

  sync_from_model (self);
  update_picture (self, FALSE);
}

GtkWidget *
podium_video_panel_new (void)
{
  return g_object_new (PODIUM_TYPE_VIDEO_PANEL, NULL);
}

void
podium_video_panel_set_document (PodiumVideoPanel *self,
                                 PodiumDocument   *document,
                                 GFile            *document_file)
{
  g_return_if_fail (PODIUM_IS_VIDEO_PANEL (self));
  g_return_if_fail (document == NULL || PODIUM_IS_DOCUMENT (document));
  g_return_if_fail (document_file == NULL || G_IS_FILE (document_file));

  if (document != self->document)
    {
      podium_video_panel_set_session (self, NULL);

      if (self->document != NULL)
        {
          g_signal_handlers_disconnect_by_data (self->document, self);
          g_signal_handlers_disconnect_by_data (podium_document_get_people (self->document), self);
        }
      g_set_object (&self->document, document);
      if (document != NULL)
        {
          g_signal_connect_object (document, "changed",
                                   G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (podium_document_get_people (document), "items-changed",
                                   G_CALLBACK (on_people_changed_cb), self, G_CONNECT_SWAPPED);
        }
      rebuild_contacts (self);
    }

  /* Saving under a new name moves the base of relative paths */
  if (g_set_object (&self->document_file, document_file))
    {
      refresh_media (self);
      sync_from_model (self);
    }
}

void
podium_video_panel_set_session (PodiumVideoPanel *self,
                                PodiumSession    *session)
{
  g_return_if_fail (PODIUM_IS_VIDEO_PANEL (self));
  g_return_if_fail (session == NULL || PODIUM_IS_SESSION (session));
  g_return_if_fail (session == NULL || self->document != NULL);

  if (session == self->session)
    return;

  g_set_object (&self->session, session);
  g_clear_object (&self->video);
  if (session != NULL)
    self->video = g_object_ref (podium_session_get_video (session));

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  /* A different session shows its own file: forget the last one even when it is the same */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->inspected_uri, g_free);
  g_clear_pointer (&self->info, podium_media_info_unref);
  g_clear_pointer (&self->error_message, g_free);

  refresh_media (self);
  sync_from_model (self);
}

PodiumSession *
podium_video_panel_get_session (PodiumVideoPanel *self)
{
  g_return_val_if_fail (PODIUM_IS_VIDEO_PANEL (self), NULL);

  return self->session;
}

/* What choosing @file in the file chooser does: read it, then store it and its length as
 * one undo step. Separate from the dialog so that tests can choose a file.
 */
void
_podium_video_panel_use_file (PodiumVideoPanel *self,
                              GFile            *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (PODIUM_IS_VIDEO_PANEL (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->video == NULL)
    return;

  path = podium_media_path_for_document (self->document_file, file);
  start_inspection (self, file, path);
}
