/* podium-window.c — the planner window: header bar, views, inspector, problems
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-accessible.h"
#include "podium-changes-view.h"
#include "podium-ui.h"
#include "podium-editors.h"
#include "podium-form.h"
#include "podium-media.h"
#include "podium-schedule-view.h"
#include "podium-window-private.h"

/* first_start_size() reads the work area where GDK has it */
#if defined (HAVE_X11) && defined (GDK_WINDOWING_X11)
#include <gdk/x11/gdkx.h>
#endif

G_DEFINE_FINAL_TYPE (PodiumWindow, podium_window, ADW_TYPE_APPLICATION_WINDOW)

static void set_inspected (PodiumWindow  *self,
                           PodiumSession *session,
                           GtkWidget     *source);

gboolean
_podium_window_is_modified (PodiumWindow *self)
{
  return self->plan != NULL && podium_plan_get_modified (self->plan);
}

static void
set_header_title (PodiumWindow *self,
                  const char   *title,
                  const char   *subtitle)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->title_labels); i++)
    {
      gtk_label_set_text (self->title_labels[i], title);
      gtk_label_set_text (self->subtitle_labels[i], subtitle);
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_labels[i]), subtitle != NULL);
    }
}

void
_podium_window_update_title (PodiumWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;
  const char *title;

  if (self->document == NULL)
    {
      set_header_title (self, _("Podium"), NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Podium"));
      return;
    }

  title = podium_conference_get_title (podium_document_get_conference (self->document));
  if (title == NULL || *title == '\0')
    title = _("Untitled Conference");

  if (podium_plan_get_file (self->plan))
    name = g_file_get_basename (podium_plan_get_file (self->plan));
  else if (podium_plan_get_origin (self->plan))
    name = g_strdup (podium_plan_get_origin (self->plan));
  else
    name = g_strdup (_("Not Saved"));

  if (_podium_window_is_modified (self))
    /* TRANSLATORS: a file name with unsaved changes */
    subtitle = g_strdup_printf (_("• %s"), name);
  else
    subtitle = g_strdup (name);

  set_header_title (self, title, subtitle);
  /* TRANSLATORS: the window title, "Conference — file.podium.json" */
  window_title = g_strdup_printf (_("%s — %s"), title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_header (PodiumWindow *self)
{
  gboolean has_document = self->document != NULL;
  GtkWidget *shown = adw_squeezer_get_visible_child (self->header_squeezer);
  gboolean title_alone = shown == self->header_title;

  /* Without a plan there are no views to switch: the name of the app alone */
  adw_squeezer_page_set_enabled (adw_squeezer_get_page (self->header_squeezer, self->header_wide),
                                 has_document);
  adw_squeezer_page_set_enabled (adw_squeezer_get_page (self->header_squeezer, self->header_narrow),
                                 has_document);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->header_squeezer)); child;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN,
                                 child != shown, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->inspector_button), has_document);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), has_document);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, has_document && title_alone);
}

static gboolean
update_header_idle_cb (gpointer user_data)
{
  PodiumWindow *self = user_data;

  self->header_idle = 0;
  update_header (self);
  return G_SOURCE_REMOVE;
}

/* The squeezer picks what the header shows while it is being allocated: revealing the
 * switcher bar at the bottom then would resize the window in the middle of its own layout
 * (GTK warns, and draws that box without a size), so it waits until the layout is done */
static void
on_title_visible_cb (PodiumWindow *self)
{
  if (self->header_idle == 0)
    self->header_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_header_idle_cb, self, NULL);
}

/* A toast's Undo undoes the step it announced and nothing else. The toast goes as soon
 * as that step is no longer the one Undo would undo: when it was undone (Ctrl+Z, the
 * menu), and also when another step was made after it, since then its Undo could only
 * undo that other step, or, once Ctrl+Z has undone that, reappear from the toast queue
 * offering a step the user has long moved on from. */
static void
on_toast_document_changed_cb (PodiumDocument  *document,
                              PodiumChangeSet *changes,
                              AdwToast        *toast)
{
  const guint64 *serial = g_object_get_data (G_OBJECT (toast), "podium-undo-serial");

  if (podium_document_get_undo_serial (document) == *serial)
    return;
  g_signal_handlers_disconnect_by_func (document, on_toast_document_changed_cb, toast);
  adw_toast_dismiss (toast);
}

static void
undo_toast_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);
  guint64 serial = g_variant_get_uint64 (param);

  if (self->document && serial != 0 && podium_document_get_undo_serial (self->document) == serial)
    podium_document_undo (self->document);
}

void
_podium_window_toast (PodiumWindow *self,
                      const char   *title,
                      gboolean      undoable)
{
  AdwToast *toast = adw_toast_new (title);
  guint64 serial = self->document && undoable
                   ? podium_document_get_undo_serial (self->document) : 0;

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (serial != 0)
    {
      /* TRANSLATORS: the button of a toast; keep it short */
      adw_toast_set_button_label (toast, C_("toast", "_Undo"));
      adw_toast_set_action_name (toast, "win.undo-toast");
      adw_toast_set_action_target (toast, "t", serial);
      g_object_set_data_full (G_OBJECT (toast), "podium-undo-serial",
                              g_memdup2 (&serial, sizeof serial), g_free);
      g_signal_connect_object (self->document, "changed",
                               G_CALLBACK (on_toast_document_changed_cb), toast, 0);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_show_toast_cb (GtkWidget    *view,
                  const char   *title,
                  gboolean      undoable,
                  PodiumWindow *self)
{
  _podium_window_toast (self, title, undoable);
}

/* Inspector */

static void
set_inspected (PodiumWindow  *self,
               PodiumSession *session,
               GtkWidget     *source)
{
  if (session != NULL && self->inspected == session)
    return;

  g_set_object (&self->inspected, session);

  if (session == NULL)
    {
      adw_bin_set_child (self->inspector_bin, NULL);
      gtk_stack_set_visible_child_name (self->inspector_stack, "empty");
    }
  else
    {
      adw_bin_set_child (self->inspector_bin, podium_editor_new (self->document, session));
      gtk_stack_set_visible_child_name (self->inspector_stack, "session");
    }

  /* Keep the grid and the sessions list on the same session, without echoes */
  if (self->selecting)
    return;
  self->selecting = TRUE;
  if (source != self->schedule_view)
    podium_schedule_view_select_session (PODIUM_SCHEDULE_VIEW (self->schedule_view), session);
  if (source != GTK_WIDGET (self->sessions_view))
    podium_collection_view_select (self->sessions_view, session);
  self->selecting = FALSE;
}

static void
on_schedule_session_selected_cb (GtkWidget     *view,
                                 PodiumSession *session,
                                 PodiumWindow  *self)
{
  if (!self->selecting)
    set_inspected (self, session, view);
}

static void
on_sessions_selection_changed_cb (PodiumCollectionView *view,
                                  GObject              *object,
                                  PodiumWindow         *self)
{
  if (!self->selecting && object != NULL)
    set_inspected (self, PODIUM_SESSION (object), GTK_WIDGET (view));
}

void
podium_window_show_session (PodiumWindow  *self,
                            PodiumSession *session)
{
  g_return_if_fail (PODIUM_IS_WINDOW (self));

  set_inspected (self, session, NULL);
  adw_flap_set_reveal_flap (self->flap, session != NULL);
}

/* Problems */

static void
on_problem_activated_cb (GtkListBox    *list,
                         GtkListBoxRow *row,
                         PodiumWindow  *self)
{
  PodiumConflict *conflict = g_object_get_data (G_OBJECT (row), "conflict");
  GPtrArray *sessions = podium_conflict_get_sessions (conflict);

  gtk_popover_popdown (self->problems_popover);
  if (sessions == NULL || sessions->len == 0)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "schedule");
  podium_window_show_session (self, g_ptr_array_index (sessions, 0));
}

static void
on_acknowledge_clicked_cb (GtkButton    *button,
                           PodiumWindow *self)
{
  PodiumConflict *conflict = g_object_get_data (G_OBJECT (button), "conflict");

  podium_conflicts_acknowledge (self->conflicts, conflict);
  _podium_window_toast (self, _("Problem accepted"), TRUE);
}

/* A problem in words that wrap, going to its session when activated */
static GtkWidget *
create_problem_row (gpointer item,
                    gpointer user_data)
{
  PodiumConflict *conflict = item;
  PodiumWindow *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (podium_conflict_get_message (conflict));
  GtkWidget *accept = gtk_button_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Natural width within the popover: the scrolled window asks for the height at it */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  gtk_widget_set_valign (accept, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (accept, "flat");
  gtk_widget_set_tooltip_text (accept, _("Accept This Problem"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (accept), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Accept This Problem"), -1);
  g_object_set_data_full (G_OBJECT (accept), "conflict", g_object_ref (conflict), g_object_unref);
  g_signal_connect (accept, "clicked", G_CALLBACK (on_acknowledge_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), accept);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "conflict", g_object_ref (conflict), g_object_unref);
  return row;
}

static gboolean
has_severity (gpointer item,
              gpointer user_data)
{
  return (int) podium_conflict_get_severity (item) == GPOINTER_TO_INT (user_data);
}

/* One list per severity, each showing the plan's problems of that severity */
static void
create_problem_lists (PodiumWindow *self)
{
  for (int severity = 0; severity < PODIUM_N_SEVERITIES; severity++)
    {
      GtkWidget *heading = gtk_label_new (podium_severity_get_label (severity));
      GtkWidget *list = gtk_list_box_new ();

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_start (heading, 6);
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      g_signal_connect (list, "row-activated", G_CALLBACK (on_problem_activated_cb), self);
      gtk_box_append (self->problems_box, heading);
      gtk_box_append (self->problems_box, list);
      self->problem_headings[severity] = heading;
      self->problem_lists[severity] = GTK_LIST_BOX (list);
    }
}

static void
bind_problem_lists (PodiumWindow *self)
{
  for (int severity = 0; severity < PODIUM_N_SEVERITIES; severity++)
    {
      g_autoptr(GtkFilterListModel) model = NULL;

      if (self->conflicts)
        {
          GtkCustomFilter *filter = gtk_custom_filter_new (has_severity,
                                                           GINT_TO_POINTER (severity), NULL);

          model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->conflicts)),
                                             GTK_FILTER (filter));
        }
      gtk_list_box_bind_model (self->problem_lists[severity], G_LIST_MODEL (model),
                               create_problem_row, self, NULL);
    }
}

/* The button says how many problems there are and how bad the worst is */
static void
update_problems (PodiumWindow *self)
{
  guint n = self->conflicts ? g_list_model_get_n_items (G_LIST_MODEL (self->conflicts)) : 0;
  g_autofree char *count = NULL;
  g_autofree char *tooltip = NULL;
  gboolean errors;

  gtk_widget_set_visible (GTK_WIDGET (self->problems_button), n > 0);
  if (n == 0)
    {
      gtk_popover_popdown (self->problems_popover);
      return;
    }

  for (int severity = 0; severity < PODIUM_N_SEVERITIES; severity++)
    {
      gboolean any = podium_conflicts_get_count_for_severity (self->conflicts, severity) > 0;

      gtk_widget_set_visible (self->problem_headings[severity], any);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_lists[severity]), any);
    }

  errors = podium_conflicts_get_count_for_severity (self->conflicts, PODIUM_SEVERITY_ERROR) > 0;
  count = g_strdup_printf ("%u", n);
  gtk_label_set_text (self->problems_label, count);
  tooltip = g_strdup_printf (ngettext ("%u Problem", "%u Problems", n), n);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->problems_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_image_set_from_icon_name (self->problems_icon,
                                errors ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  if (errors)
    gtk_widget_add_css_class (GTK_WIDGET (self->problems_button), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->problems_button), "error");
}

/* The document */

static gboolean
document_has_session (PodiumDocument *document,
                      PodiumSession  *session)
{
  return g_list_store_find (G_LIST_STORE (podium_document_get_sessions (document)), session, NULL);
}

static void
on_document_changed_cb (PodiumWindow    *self,
                        PodiumChangeSet *changes,
                        PodiumDocument  *document)
{
  if (self->inspected && !document_has_session (document, self->inspected))
    set_inspected (self, NULL, NULL);
  _podium_window_update_title (self);
  _podium_window_update_actions (self);
}

/* Video files lie beside the plan it was read from, also when it opens as a copy or an
 * import; whether they are there and their real lengths are facts about the files,
 * looked up afresh on every open and when the plan moves, in the background (a broken
 * file can take seconds, a plan on a share is read over the network) */
static void
look_at_videos (PodiumWindow *self)
{
  PodiumDocument *document = self->plan ? podium_plan_get_document (self->plan) : NULL;

  g_cancellable_cancel (self->media_cancellable);
  g_clear_object (&self->media_cancellable);
  if (document == NULL)
    return;
  self->media_cancellable = g_cancellable_new ();
  podium_media_refresh_videos_async (document, podium_plan_get_location (self->plan),
                                     self->media_cancellable);
}

/* Shows the plan's document (a new plan, or the same plan reloaded from disk) */
static void
bind_document (PodiumWindow *self)
{
  PodiumDocument *document = self->plan ? podium_plan_get_document (self->plan) : NULL;
  PodiumConflicts *conflicts = self->plan ? podium_plan_get_conflicts (self->plan) : NULL;

  set_inspected (self, NULL, NULL);
  look_at_videos (self);

  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->conflicts)
    g_signal_handlers_disconnect_by_data (self->conflicts, self);
  g_set_object (&self->document, document);
  g_set_object (&self->conflicts, conflicts);

  if (document)
    {
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->conflicts, "changed",
                               G_CALLBACK (update_problems), self, G_CONNECT_SWAPPED);
    }

  podium_schedule_view_set_conflicts (PODIUM_SCHEDULE_VIEW (self->schedule_view), self->conflicts);
  podium_collection_view_set_conflicts (self->sessions_view, self->conflicts);
  podium_schedule_view_set_document (PODIUM_SCHEDULE_VIEW (self->schedule_view), document);
  podium_collection_view_set_document (self->sessions_view, document);
  podium_collection_view_set_document (self->people_view, document);
  podium_collection_view_set_document (self->organizations_view, document);
  podium_collection_view_set_document (self->rooms_view, document);
  podium_collection_view_set_document (self->participants_view, document);
  podium_changes_view_set_document (PODIUM_CHANGES_VIEW (self->changes_view), document);
  adw_bin_set_child (self->conference_bin,
                     document ? podium_editor_new (document, podium_document_get_conference (document))
                              : NULL);

  gtk_stack_set_visible_child_name (self->main_stack, document ? "plan" : "empty");
  bind_problem_lists (self);
  update_problems (self);
  update_header (self);
  _podium_window_update_title (self);
  _podium_window_update_actions (self);
}

static void
on_plan_file_changed_cb (PodiumWindow *self)
{
  _podium_window_update_title (self);
  _podium_window_update_actions (self);
}

/* The window shows one plan at a time; the plan keeps everything about its file */
void
_podium_window_set_plan (PodiumWindow *self,
                         PodiumPlan   *plan)
{
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);

  if (plan)
    {
      g_signal_connect_object (plan, "notify::document",
                               G_CALLBACK (bind_document), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::modified",
                               G_CALLBACK (_podium_window_update_title), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::modified",
                               G_CALLBACK (_podium_window_show_disk_state), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::file",
                               G_CALLBACK (on_plan_file_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::location",
                               G_CALLBACK (look_at_videos), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::origin",
                               G_CALLBACK (_podium_window_update_title), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::disk-state",
                               G_CALLBACK (_podium_window_show_disk_state), self, G_CONNECT_SWAPPED);
    }
  bind_document (self);
  _podium_window_show_disk_state (self);
  _podium_window_files_changed (self);
  if (plan)
    _podium_window_update_draft_offer (self);
}

static void
on_flap_revealed_cb (PodiumWindow *self)
{
  GtkWidget *flap = adw_flap_get_flap (self->flap);

  gtk_accessible_update_state (GTK_ACCESSIBLE (flap), GTK_ACCESSIBLE_STATE_HIDDEN,
                               !adw_flap_get_reveal_flap (self->flap), -1);
}

/* Views */

static void
add_view (PodiumWindow *self,
          GtkWidget    *child,
          const char   *name,
          const char   *title,
          const char   *icon)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->view_stack, child, name, title);

  adw_view_stack_page_set_icon_name (page, icon);
  adw_view_stack_page_set_use_underline (page, TRUE);
}

static void
on_visible_view_changed_cb (PodiumWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean own_editor = g_strcmp0 (name, "sessions") == 0;

  if (name && self->settings)
    g_settings_set_string (self->settings, "last-view", name);

  /* The Sessions view edits its selection beside the list: the inspector would repeat it.
   * It steps aside there and comes back as it was elsewhere. */
  gtk_widget_set_visible (adw_flap_get_flap (self->flap), !own_editor);
  gtk_widget_set_sensitive (GTK_WIDGET (self->inspector_button), !own_editor);
  /* Showing the flap again told screen readers it is there, closed or not */
  on_flap_revealed_cb (self);
}

static void
create_views (PodiumWindow *self)
{
  GtkWidget *scrolled;

  self->schedule_view = podium_schedule_view_new ();
  g_signal_connect (self->schedule_view, "session-selected",
                    G_CALLBACK (on_schedule_session_selected_cb), self);
  g_signal_connect (self->schedule_view, "show-toast", G_CALLBACK (on_show_toast_cb), self);
  add_view (self, self->schedule_view, "schedule", _("_Schedule"), "x-office-calendar-symbolic");

  self->sessions_view = PODIUM_COLLECTION_VIEW (podium_collection_view_new (PODIUM_COLLECTION_SESSIONS));
  g_signal_connect (self->sessions_view, "selection-changed",
                    G_CALLBACK (on_sessions_selection_changed_cb), self);
  add_view (self, GTK_WIDGET (self->sessions_view), "sessions", _("S_essions"), "view-list-symbolic");

  self->people_view = PODIUM_COLLECTION_VIEW (podium_collection_view_new (PODIUM_COLLECTION_PEOPLE));
  add_view (self, GTK_WIDGET (self->people_view), "people", _("_People"), "system-users-symbolic");

  self->organizations_view = PODIUM_COLLECTION_VIEW (podium_collection_view_new (PODIUM_COLLECTION_ORGANIZATIONS));
  add_view (self, GTK_WIDGET (self->organizations_view), "organizations", _("_Organisations"),
            "network-workgroup-symbolic");

  self->rooms_view = PODIUM_COLLECTION_VIEW (podium_collection_view_new (PODIUM_COLLECTION_ROOMS));
  add_view (self, GTK_WIDGET (self->rooms_view), "rooms", _("_Rooms"), "go-home-symbolic");

  self->conference_bin = ADW_BIN (adw_bin_new ());
  scrolled = GTK_WIDGET (self->conference_bin);
  add_view (self, scrolled, "conference", _("_Conference"), "document-properties-symbolic");

  self->changes_view = podium_changes_view_new ();
  add_view (self, self->changes_view, "changes", _("C_hanges"), "document-open-recent-symbolic");

  self->participants_view = PODIUM_COLLECTION_VIEW (podium_collection_view_new (PODIUM_COLLECTION_PARTICIPANTS));
  add_view (self, GTK_WIDGET (self->participants_view), "participants", _("P_articipants"),
            "avatar-default-symbolic");

  g_signal_connect (self->sessions_view, "show-toast", G_CALLBACK (on_show_toast_cb), self);
  g_signal_connect (self->participants_view, "show-toast", G_CALLBACK (on_show_toast_cb), self);
  g_signal_connect (self->people_view, "show-toast", G_CALLBACK (on_show_toast_cb), self);
  g_signal_connect (self->organizations_view, "show-toast", G_CALLBACK (on_show_toast_cb), self);
  g_signal_connect (self->rooms_view, "show-toast", G_CALLBACK (on_show_toast_cb), self);
}

PodiumCollectionView *
_podium_window_get_current_list (PodiumWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (name, "sessions") == 0)
    return self->sessions_view;
  if (g_strcmp0 (name, "people") == 0)
    return self->people_view;
  if (g_strcmp0 (name, "organizations") == 0)
    return self->organizations_view;
  if (g_strcmp0 (name, "rooms") == 0)
    return self->rooms_view;
  if (g_strcmp0 (name, "participants") == 0)
    return self->participants_view;
  return NULL;
}

/* Window state */

/* GNOME Shell's top bar, where the work area is not known (Wayland) */
#define TOP_BAR_HEIGHT 32
/* The seed event's day (09:30 to 15:00) at the default zoom, 15 minutes in 48 pixels, with
 * the header bar, the schedule's toolbar, the room headers and the view switcher */
#define WHOLE_DAY_HEIGHT 1290

/* A first start takes the work area's height: the grid's rows are what a planner looks at,
 * and the seed event's day needs 1056 pixels of them at the default zoom, so it fits whole
 * from a work area of 1290 pixels up; on a 1400×900 screen the window shows 09:30 to 13:00.
 * The width leaves a margin and stops at what a day of the seed event's rooms uses.
 * Afterwards the window keeps the size the user gave it.
 */
static void
first_start_size (int *width,
                  int *height)
{
  GdkDisplay *display = gdk_display_get_default ();
  GListModel *monitors = display ? gdk_display_get_monitors (display) : NULL;
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle area;

  if (monitors == NULL || g_list_model_get_n_items (monitors) == 0)
    return;
  monitor = g_list_model_get_item (monitors, 0);
  gdk_monitor_get_geometry (monitor, &area);
#if defined (HAVE_X11) && defined (GDK_WINDOWING_X11)
  if (GDK_IS_X11_MONITOR (monitor))
    gdk_x11_monitor_get_workarea (monitor, &area);
  else
#endif
    area.height -= TOP_BAR_HEIGHT;
  /* Less a margin for the window's shadow; not below the smallest size GNOME's
   * guidelines ask for (360×294) */
  *width = CLAMP (area.width - 40, 360, 1600);
  *height = CLAMP (area.height - 20, 294, WHOLE_DAY_HEIGHT);
}

static void
restore_state (PodiumWindow *self)
{
  g_autofree char *view = NULL;
  int width, height;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (!g_settings_get_user_value (self->settings, "window-width"))
    first_start_size (&width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  view = g_settings_get_string (self->settings, "last-view");
  if (adw_view_stack_get_child_by_name (self->view_stack, view))
    adw_view_stack_set_visible_child_name (self->view_stack, view);
}

static void
save_state (PodiumWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

/* Below this width the lists put their editor below them: beside them it needs 800 px
 * (the participants' buttons and the editor); the window can then be tiled to half of a
 * 1366 px screen */
#define NARROW_WIDTH 900

static gboolean
apply_narrow_cb (gpointer user_data)
{
  PodiumWindow *self = user_data;
  PodiumCollectionView *lists[] = { self->sessions_view, self->people_view,
                                    self->organizations_view, self->rooms_view,
                                    self->participants_view };

  self->narrow_idle = 0;
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    podium_collection_view_set_narrow (lists[i], self->narrow);
  return G_SOURCE_REMOVE;
}

/* libadwaita 1.2 has no breakpoints: the width the window was given decides, after
 * the layout (changing the lists' orientation inside it would resize them mid-layout) */
static void
podium_window_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  PodiumWindow *self = PODIUM_WINDOW (widget);
  gboolean narrow = width < NARROW_WIDTH;

  GTK_WIDGET_CLASS (podium_window_parent_class)->size_allocate (widget, width, height, baseline);

  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->narrow_idle == 0)
        self->narrow_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_narrow_cb, self, NULL);
    }
}

static gboolean
podium_window_close_request (GtkWindow *window)
{
  PodiumWindow *self = PODIUM_WINDOW (window);

  if (_podium_window_close_request (self))
    return TRUE;

  save_state (self);
  return GTK_WINDOW_CLASS (podium_window_parent_class)->close_request (window);
}

static void
podium_window_dispose (GObject *object)
{
  PodiumWindow *self = (PodiumWindow *)object;

  g_cancellable_cancel (self->media_cancellable);
  g_clear_object (&self->media_cancellable);
  g_clear_handle_id (&self->header_idle, g_source_remove);
  g_clear_handle_id (&self->narrow_idle, g_source_remove);
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  if (self->document)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->conflicts)
    g_signal_handlers_disconnect_by_data (self->conflicts, self);
  g_clear_object (&self->inspected);
  g_clear_object (&self->conflicts);
  g_clear_object (&self->document);
  g_clear_object (&self->plan);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->offered, podium_draft_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODIUM_TYPE_WINDOW);

  G_OBJECT_CLASS (podium_window_parent_class)->dispose (object);
}

/* Eight views share the bar at the bottom of a narrow window: its switcher gives up its
 * margins, and a label longer than its button's share ends in an ellipsis rather than
 * widening the window (libadwaita 1.2 has no narrow-ellipsize for the bar; the button
 * keeps the whole name for screen readers) */
static void
ellipsize_labels (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      ellipsize_labels (child);
    }
}

static void
fit_switcher_bar (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_VIEW_SWITCHER (child))
        {
          gtk_widget_set_margin_start (child, 0);
          gtk_widget_set_margin_end (child, 0);
          ellipsize_labels (child);
          return;
        }
      fit_switcher_bar (child);
    }
}

/* The plan's title and file, once beside each switcher and once alone. Beside a switcher
 * the squeezer shows it only when it fits whole; alone it wraps rather than being cut */
static void
create_header_titles (PodiumWindow *self)
{
  GtkWidget *boxes[] = { self->title_box_wide, self->title_box_narrow, self->header_title };

  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    {
      GtkWidget *title = gtk_label_new (NULL);
      GtkWidget *subtitle = gtk_label_new (NULL);
      gboolean alone = boxes[i] == self->header_title;

      gtk_widget_add_css_class (title, "title");
      gtk_widget_add_css_class (subtitle, "subtitle");
      gtk_label_set_wrap (GTK_LABEL (title), alone);
      gtk_label_set_wrap (GTK_LABEL (subtitle), alone);
      gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_CENTER);
      gtk_label_set_justify (GTK_LABEL (subtitle), GTK_JUSTIFY_CENTER);
      gtk_box_append (GTK_BOX (boxes[i]), title);
      gtk_box_append (GTK_BOX (boxes[i]), subtitle);
      self->title_labels[i] = GTK_LABEL (title);
      self->subtitle_labels[i] = GTK_LABEL (subtitle);
    }
}

static void
podium_window_class_init (PodiumWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = podium_window_dispose;
  window_class->close_request = podium_window_close_request;
  widget_class->size_allocate = podium_window_size_allocate;

  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/podiumplanner/Podium/podium-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, header_squeezer);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, header_wide);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, header_narrow);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, header_title);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, title_box_wide);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, title_box_narrow);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, inspector_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, problems_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, problems_popover);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, problems_box);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, problems_icon);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, draft_revealer);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, draft_label);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, change_revealer);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, change_label);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, reload_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, merge_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, inspector_stack);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, inspector_bin);
  gtk_widget_class_bind_template_child (widget_class, PodiumWindow, recent_menu);

  _podium_window_class_add_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.undo-toast", "t", undo_toast_action);
}

static void
podium_window_init (PodiumWindow *self)
{
  g_type_ensure (PODIUM_TYPE_SCHEDULE_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));
  podium_accessible_drop_mnemonic_names (GTK_WIDGET (self));
  create_problem_lists (self);
  create_header_titles (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->inspector_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Session Inspector"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems"), -1);

  self->settings = g_settings_new (APP_ID);
  create_views (self);
  fit_switcher_bar (GTK_WIDGET (self->switcher_bar));
  restore_state (self);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name",
                            G_CALLBACK (on_visible_view_changed_cb), self);
  g_signal_connect_swapped (self->header_squeezer, "notify::visible-child",
                            G_CALLBACK (on_title_visible_cb), self);
  g_signal_connect (self->view_stack, "notify::visible-child",
                    G_CALLBACK (podium_accessible_hide_stack_pages), NULL);
  g_signal_connect (self->main_stack, "notify::visible-child",
                    G_CALLBACK (podium_accessible_hide_stack_pages), NULL);
  g_signal_connect (self->inspector_stack, "notify::visible-child",
                    G_CALLBACK (podium_accessible_hide_stack_pages), NULL);
  g_signal_connect_swapped (self->flap, "notify::reveal-flap",
                            G_CALLBACK (on_flap_revealed_cb), self);
  podium_accessible_hide_stack_pages (GTK_WIDGET (self->view_stack));
  podium_accessible_hide_stack_pages (GTK_WIDGET (self->main_stack));
  podium_accessible_hide_stack_pages (GTK_WIDGET (self->inspector_stack));
  on_flap_revealed_cb (self);

  _podium_window_init_actions (self);
  _podium_window_set_plan (self, NULL);
}

PodiumWindow *
podium_window_new (GtkApplication *app)
{
  return g_object_new (PODIUM_TYPE_WINDOW, "application", app, NULL);
}

gboolean
podium_window_is_empty (PodiumWindow *self)
{
  g_return_val_if_fail (PODIUM_IS_WINDOW (self), FALSE);

  return self->plan == NULL && self->loading == 0;
}

PodiumDocument *
podium_window_get_document (PodiumWindow *self)
{
  g_return_val_if_fail (PODIUM_IS_WINDOW (self), NULL);

  return self->document;
}

PodiumPlan *
podium_window_get_plan (PodiumWindow *self)
{
  g_return_val_if_fail (PODIUM_IS_WINDOW (self), NULL);

  return self->plan;
}
