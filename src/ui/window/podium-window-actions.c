/* podium-window-actions.c — the window's actions and their shortcuts
 *
 * Each action is a few lines: the plan's file is podium-window-files.c's, the dialogs are
 * in src/ui/dialogs/, the commands the document's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-assign.h"
#include "podium-changes-view.h"
#include "podium-editors.h"
#include "podium-export-dialog.h"
#include "podium-participants-import.h"
#include "podium-preferences-dialog.h"
#include "podium-print.h"
#include "podium-window-private.h"

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  podium_window_new_document (PODIUM_WINDOW (widget));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _podium_window_choose_file (PODIUM_WINDOW (widget), FALSE);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _podium_window_choose_file (PODIUM_WINDOW (widget), TRUE);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  podium_window_open (PODIUM_WINDOW (widget), file);
}

static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  _podium_window_open_example (PODIUM_WINDOW (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _podium_window_save (PODIUM_WINDOW (widget));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  _podium_window_save_as (PODIUM_WINDOW (widget));
}

static void
on_exported_cb (PodiumWindow *self,
                GFile        *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);

  _podium_window_toast (self, title, FALSE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);
  GtkWidget *dialog;

  if (self->plan == NULL)
    return;
  dialog = podium_export_dialog_new (GTK_WINDOW (self), self->plan);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (podium_preferences_dialog_new (GTK_WINDOW (self),
                                                                 self->settings)));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);

  podium_print_run (GTK_WINDOW (self), self->document, _podium_window_get_location (self));
}

static void
print_preview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);

  podium_print_preview_show (GTK_WINDOW (self), self->document, _podium_window_get_location (self));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);

  if (self->document)
    podium_document_undo (self->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);

  if (self->document)
    podium_document_redo (self->document);
}

/* The list shown, or the Sessions list (shown now) where the view has none */
static PodiumCollectionView *
current_or_sessions_list (PodiumWindow *self)
{
  PodiumCollectionView *list = _podium_window_get_current_list (self);

  if (list != NULL)
    return list;

  adw_view_stack_set_visible_child_name (self->view_stack, "sessions");
  return self->sessions_view;
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  podium_collection_view_focus_search (current_or_sessions_list (PODIUM_WINDOW (widget)));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  podium_collection_view_add (current_or_sessions_list (PODIUM_WINDOW (widget)));
}

static void
publish_version_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "changes");
  podium_changes_view_publish (PODIUM_CHANGES_VIEW (self->changes_view));
}

/* From the empty schedule: the first room or session, in the list that holds them */
static void
add_room_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "rooms");
  podium_collection_view_add (self->rooms_view);
}

static void
add_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "sessions");
  podium_collection_view_add (self->sessions_view);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static PodiumSession *
lookup_session (PodiumWindow *self,
                GVariant     *param)
{
  if (self->document == NULL)
    return NULL;
  return podium_document_lookup (self->document, PODIUM_TYPE_SESSION,
                                 g_variant_get_string (param, NULL));
}

static void
show_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);
  PodiumSession *session = lookup_session (self, param);

  if (session)
    podium_window_show_session (self, session);
}

/* A session just made on the grid: in the inspector, ready for its title */
static void
edit_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);
  PodiumSession *session = lookup_session (self, param);
  GtkWidget *editor;

  if (session == NULL)
    return;
  podium_window_show_session (self, session);
  if ((editor = adw_bin_get_child (self->inspector_bin)))
    podium_editor_focus_first (editor);
}

static void
delete_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);
  PodiumSession *session = lookup_session (self, param);
  g_autofree char *title = NULL;
  const char *name;

  if (session == NULL)
    return;

  name = podium_session_get_title (session);
  title = g_strdup_printf (_("“%s” deleted"), name ? name : "");
  podium_document_remove (self->document, session);
  _podium_window_toast (self, title, TRUE);
}

static void
unschedule_session_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);
  PodiumSession *session = lookup_session (self, param);

  if (session == NULL)
    return;
  podium_document_unschedule (self->document, session);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _podium_window_reload (PODIUM_WINDOW (widget));
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  _podium_window_merge (PODIUM_WINDOW (widget));
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  _podium_window_keep_mine (PODIUM_WINDOW (widget));
}

static void
recover_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  _podium_window_recover_offered (PODIUM_WINDOW (widget));
}

static void
discard_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  _podium_window_discard_offered (PODIUM_WINDOW (widget));
}
static void
toggle_inspector_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);

  if (self->document)
    adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (param, NULL));
}

/* Participants: the import and Assign Rooms */

static void
import_participants_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  podium_participants_import_run (PODIUM_WINDOW (widget));
}

static void
assign_rooms_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  PodiumAssignCounts counts;
  guint64 before;

  if (self->document == NULL)
    return;

  blocks = podium_parallel_blocks (self->document);
  if (blocks->len == 0)
    {
      _podium_window_toast (self, _("No parallel sessions to assign participants to"), FALSE);
      return;
    }
  if (!podium_participants_in_use (self->document))
    {
      _podium_window_toast (self, _("No participants to assign yet"), FALSE);
      return;
    }

  before = podium_document_get_undo_serial (self->document);
  counts = podium_assign_rooms (self->document);
  /* TRANSLATORS: the start of the toast after Assign Rooms, "52 got their first choice" */
  g_string_append_printf (text, ngettext ("%u got their first choice", "%u got their first choice",
                                          counts.first), counts.first);
  if (counts.second > 0)
    /* TRANSLATORS: continues "52 got their first choice", ", 8 their second" */
    g_string_append_printf (text, ngettext (", %u their second", ", %u their second",
                                            counts.second), counts.second);
  if (counts.other > 0)
    /* TRANSLATORS: continues the toast after Assign Rooms, ", 2 another session" */
    g_string_append_printf (text, ngettext (", %u another session", ", %u another session",
                                            counts.other), counts.other);
  if (counts.unassigned > 0)
    /* TRANSLATORS: continues the toast after Assign Rooms: all rooms were full */
    g_string_append_printf (text, ngettext (", %u found no free seat", ", %u found no free seat",
                                            counts.unassigned), counts.unassigned);
  /* Assigned as before, no step was made: an Undo would undo the step before */
  _podium_window_toast (self, text->str,
                        podium_document_get_undo_serial (self->document) != before);
}

void
_podium_window_update_actions (PodiumWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has = self->document != NULL;
  static const char * const document_actions[] = {
    "win.save", "win.save-as", "win.export", "win.print", "win.print-preview", "win.find",
    "win.add", "win.add-room", "win.add-session", "win.publish-version", "win.toggle-inspector",
    "win.import-participants", "win.assign-rooms",
  };

  for (guint i = 0; i < G_N_ELEMENTS (document_actions); i++)
    gtk_widget_action_set_enabled (widget, document_actions[i], has);
  gtk_widget_action_set_enabled (widget, "win.undo", has && podium_document_can_undo (self->document));
  gtk_widget_action_set_enabled (widget, "win.redo", has && podium_document_can_redo (self->document));
  gtk_widget_action_set_enabled (widget, "win.reload", _podium_window_get_file (self) != NULL);
}

void
_podium_window_class_add_actions (GtkWidgetClass *widget_class)
{
  static const char * const views[] = {
    "schedule", "sessions", "people", "organizations", "rooms", "conference", "changes",
    "participants",
  };

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, print_preview_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "win.add-room", NULL, add_room_action);
  gtk_widget_class_install_action (widget_class, "win.publish-version", NULL, publish_version_action);
  gtk_widget_class_install_action (widget_class, "win.add-session", NULL, add_session_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.show-session", "s", show_session_action);
  gtk_widget_class_install_action (widget_class, "win.edit-session", "s", edit_session_action);
  gtk_widget_class_install_action (widget_class, "win.delete-session", "s", delete_session_action);
  gtk_widget_class_install_action (widget_class, "win.unschedule-session", "s", unschedule_session_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.keep-mine", NULL, keep_mine_action);
  gtk_widget_class_install_action (widget_class, "win.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "win.recover-draft", NULL, recover_draft_action);
  gtk_widget_class_install_action (widget_class, "win.discard-draft", NULL, discard_draft_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-inspector", NULL, toggle_inspector_action);
  gtk_widget_class_install_action (widget_class, "win.view", "s", view_action);
  gtk_widget_class_install_action (widget_class, "win.import-participants", NULL,
                                   import_participants_action);
  gtk_widget_class_install_action (widget_class, "win.assign-rooms", NULL, assign_rooms_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-inspector", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.view", "s", views[i]);
}

void
_podium_window_init_actions (PodiumWindow *self)
{
  _podium_window_init_files (self);
}
