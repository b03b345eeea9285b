/* podium-schedule-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "podium-after-layout.h"
#include "podium-labels.h"
#include "podium-schedule-grid.h"
#include "podium-schedule-view.h"
#include "podium-accessible.h"
#include "podium-ui.h"
#include "podium-session-card.h"

static const int zoom_levels[] = { 5, 10, 15, 30 };

struct _PodiumScheduleView
{
  GtkWidget           parent_instance;

  PodiumDocument     *document;
  PodiumSession      *selected;
  PodiumConflicts    *conflicts;
  GSettings          *settings;
  GArray             *days;
  guint               sync_id;
  GHashTable         *tray_cards;   /* bound PodiumSessionCard widgets of the tray */
  GtkCustomFilter    *tray_filter;
  GtkFilterListModel *tray_model;
  char               *search;

  /* template */
  AdwFlap            *tray_flap;
  GtkWidget          *tray_button;
  GtkWidget          *tray_close;
  guint               fold_pending; /* the tray button follows the fold after layout */
  GtkWidget          *tray;
  GtkLabel           *tray_count;
  GtkSearchEntry     *search_entry;
  GtkStack           *tray_stack;
  AdwStatusPage      *tray_empty;
  GtkWidget          *tray_add;
  GtkStack           *grid_stack;
  GtkListView        *tray_list;
  GtkButton          *previous_day;
  GtkButton          *next_day;
  GtkDropDown        *day_dropdown;
  GtkToggleButton    *color_kind;
  GtkToggleButton    *color_organization;
  GtkButton          *zoom_in;
  GtkButton          *zoom_out;
  GtkDropDown        *zoom_dropdown;
  GtkScrolledWindow  *scroller;
  PodiumScheduleGrid *grid;
};

G_DEFINE_FINAL_TYPE (PodiumScheduleView, podium_schedule_view, GTK_TYPE_WIDGET)

enum {
  SESSION_SELECTED,
  SHOW_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
load_css_once (void)
{
  static gboolean loaded;
  GtkCssProvider *provider;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/podiumplanner/Podium/podium-schedule.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_unref (provider);
}

static int
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gint64 local = g_date_time_to_unix (now) + g_date_time_get_utc_offset (now) / G_USEC_PER_SEC;

  return (int) (local / 86400);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int ia = *(const int *) a, ib = *(const int *) b;

  return ia < ib ? -1 : ia > ib;
}

/* The conference's dates, plus any other date that has sessions, so that nothing scheduled
 * is out of reach.
 */
static GArray *
compute_days (PodiumDocument *document)
{
  PodiumConference *conference = podium_document_get_conference (document);
  GListModel *sessions = podium_document_get_sessions (document);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *days = g_array_new (FALSE, FALSE, sizeof (int));
  int first = podium_conference_get_start_date (conference);
  int last = podium_conference_get_end_date (conference);
  guint n = g_list_model_get_n_items (sessions);
  GHashTableIter iter;
  gpointer key;

  if (first != PODIUM_DATE_NONE)
    {
      if (last == PODIUM_DATE_NONE || last < first)
        last = first;
      for (int d = first; d <= last && d - first < 366; d++)
        g_hash_table_add (seen, GINT_TO_POINTER (d));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);

      if (podium_session_is_scheduled (session))
        g_hash_table_add (seen, GINT_TO_POINTER (
          podium_schedule_day_of (conference, podium_session_get_start (session))));
    }
  if (g_hash_table_size (seen) == 0)
    g_hash_table_add (seen, GINT_TO_POINTER (today ()));

  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      int d = GPOINTER_TO_INT (key);
      g_array_append_val (days, d);
    }
  g_array_sort (days, compare_ints);
  return days;
}

static void
update_day_buttons (PodiumScheduleView *self)
{
  guint position = gtk_drop_down_get_selected (self->day_dropdown);
  guint n = self->days ? self->days->len : 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_day), position != GTK_INVALID_LIST_POSITION && position > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_day), position != GTK_INVALID_LIST_POSITION && position + 1 < n);
}

static void
sync_days (PodiumScheduleView *self)
{
  g_autoptr(GArray) days = NULL;
  g_autoptr(GtkStringList) labels = NULL;
  int current = podium_schedule_grid_get_date (self->grid);
  guint select = 0;

  if (self->document == NULL)
    {
      g_clear_pointer (&self->days, g_array_unref);
      gtk_drop_down_set_model (self->day_dropdown, NULL);
      update_day_buttons (self);
      return;
    }

  days = compute_days (self->document);
  if (self->days && self->days->len == days->len &&
      memcmp (self->days->data, days->data, days->len * sizeof (int)) == 0)
    return;

  labels = gtk_string_list_new (NULL);
  for (guint i = 0; i < days->len; i++)
    {
      int d = g_array_index (days, int, i);
      g_autofree char *label = podium_labels_date (d);

      gtk_string_list_append (labels, label);
      if (d == current)
        select = i;
    }
  g_clear_pointer (&self->days, g_array_unref);
  self->days = g_steal_pointer (&days);
  gtk_drop_down_set_model (self->day_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->day_dropdown, select);
  podium_schedule_grid_set_date (self->grid, g_array_index (self->days, int, select));
  update_day_buttons (self);
}

/* A plan without rooms has no grid to drop on, and one without sessions nothing to
 * schedule: each says what to do first */
static void
update_empty_states (PodiumScheduleView *self)
{
  GListModel *rooms = self->document ? podium_document_get_rooms (self->document) : NULL;
  GListModel *sessions = self->document ? podium_document_get_sessions (self->document) : NULL;
  gboolean no_sessions = sessions == NULL || g_list_model_get_n_items (sessions) == 0;

  gtk_stack_set_visible_child_name (self->grid_stack,
                                    rooms && g_list_model_get_n_items (rooms) > 0 ? "grid" : "no-rooms");
  gtk_widget_set_visible (self->tray_add, no_sessions);
  if (no_sessions)
    {
      adw_status_page_set_icon_name (self->tray_empty, "x-office-calendar-symbolic");
      adw_status_page_set_title (self->tray_empty, _("No Sessions Yet"));
      adw_status_page_set_description (self->tray_empty,
                                       _("Sessions you add wait here until you drag them into the schedule"));
    }
  else
    {
      adw_status_page_set_icon_name (self->tray_empty, "object-select-symbolic");
      adw_status_page_set_title (self->tray_empty, _("All Scheduled"));
      adw_status_page_set_description (self->tray_empty,
                                       _("Drag a card here to take it out of the schedule"));
    }
}

static void
update_tray (PodiumScheduleView *self)
{
  GHashTableIter iter;
  gpointer card;
  guint n;
  g_autofree char *count = NULL;

  gtk_filter_changed (GTK_FILTER (self->tray_filter), GTK_FILTER_CHANGE_DIFFERENT);

  g_hash_table_iter_init (&iter, self->tray_cards);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    podium_session_card_update (card);

  n = self->tray_model ? g_list_model_get_n_items (G_LIST_MODEL (self->tray_model)) : 0;
  count = g_strdup_printf ("%u", n);
  gtk_label_set_text (self->tray_count, count);
  gtk_stack_set_visible_child_name (self->tray_stack,
                                    n > 0 || (self->search && *self->search) ? "list" : "empty");
  update_empty_states (self);
}

static gboolean
sync_idle_cb (gpointer user_data)
{
  PodiumScheduleView *self = user_data;

  int date = podium_schedule_grid_get_date (self->grid);

  self->sync_id = 0;
  sync_days (self);
  /* A new day was synced as it was set */
  if (podium_schedule_grid_get_date (self->grid) == date)
    podium_schedule_grid_sync (self->grid);
  update_tray (self);
  return G_SOURCE_REMOVE;
}

static void
queue_sync (PodiumScheduleView *self)
{
  /* Before the redraw, so that a drop shows its result in the next frame */
  if (self->sync_id == 0)
    self->sync_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, sync_idle_cb, self, NULL);
}

static void
on_document_changed_cb (PodiumDocument     *document,
                        PodiumChangeSet    *changes,
                        PodiumScheduleView *self)
{
  /* Participants, versions and sign-offs are not on the grid; the rest may be */
  if (!podium_change_set_touches_any (changes, PODIUM_TYPE_SESSION, PODIUM_TYPE_ROLE,
                                      PODIUM_TYPE_VIDEO, PODIUM_TYPE_ROOM, PODIUM_TYPE_PERSON,
                                      PODIUM_TYPE_ORGANIZATION, PODIUM_TYPE_CONFERENCE,
                                      G_TYPE_INVALID))
    return;
  queue_sync (self);
}

static void
on_conflicts_changed_cb (PodiumConflicts    *conflicts,
                         PodiumScheduleView *self)
{
  queue_sync (self);
}

/* One line per problem, for the badge's tooltip */
static char *
conflict_reason (PodiumSession *session,
                 gpointer       user_data)
{
  PodiumScheduleView *self = user_data;
  g_autoptr(GPtrArray) found = NULL;
  GString *text;

  if (self->conflicts == NULL)
    return NULL;
  found = podium_conflicts_for_session (self->conflicts, session);
  if (found == NULL || found->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < found->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, podium_conflict_get_message (g_ptr_array_index (found, i)));
    }
  return g_string_free (text, FALSE);
}

static void
show_toast (PodiumScheduleView *self,
            const char         *title,
            gboolean            undoable)
{
  g_signal_emit (self, signals[SHOW_TOAST], 0, title, undoable);
}

/* Tray */

static gboolean
tray_filter_func (gpointer item,
                  gpointer user_data)
{
  PodiumScheduleView *self = user_data;
  PodiumSession *session = item;
  g_autofree char *roles = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;

  if (podium_session_is_scheduled (session))
    return FALSE;
  if (self->search == NULL || *self->search == '\0')
    return TRUE;

  roles = podium_labels_session_roles (session);
  haystack = g_strjoin (" ",
                        podium_session_get_title (session) ? podium_session_get_title (session) : "",
                        podium_labels_session_kind (podium_session_get_kind (session)),
                        roles, NULL);
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, self->search) != NULL;
}

static void
on_search_changed_cb (GtkSearchEntry     *entry,
                      PodiumScheduleView *self)
{
  g_free (self->search);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  update_tray (self);
}

static void
on_tray_card_selected_cb (PodiumSessionCard  *card,
                          gboolean            keyboard,
                          PodiumScheduleView *self)
{
  PodiumSession *session = podium_session_card_get_session (card);

  if (session)
    podium_schedule_view_select_session (self, session);
}

static void
on_tray_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  PodiumScheduleView       *self)
{
  GtkWidget *card = podium_session_card_new (FALSE);

  g_signal_connect (card, "selected", G_CALLBACK (on_tray_card_selected_cb), self);
  gtk_list_item_set_child (item, card);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_tray_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 PodiumScheduleView       *self)
{
  PodiumSessionCard *card = PODIUM_SESSION_CARD (gtk_list_item_get_child (item));

  podium_session_card_set_color_by_organization (card, gtk_toggle_button_get_active (self->color_organization));
  podium_session_card_set_session (card, gtk_list_item_get_item (item));
  podium_session_card_update (card);
  podium_session_card_set_selected (card, gtk_list_item_get_item (item) == (gpointer) self->selected);
  g_hash_table_add (self->tray_cards, card);
}

static void
on_tray_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   PodiumScheduleView       *self)
{
  PodiumSessionCard *card = PODIUM_SESSION_CARD (gtk_list_item_get_child (item));

  g_hash_table_remove (self->tray_cards, card);
  podium_session_card_set_session (card, NULL);
}

/* The flap folds while it is being allocated: showing the toolbar's tray button then
 * would resize the toolbar in the middle of that layout, so it waits until it is done */
static void
update_tray_button (PodiumScheduleView *self)
{
  gtk_widget_set_visible (self->tray_button, adw_flap_get_folded (self->tray_flap));
  gtk_widget_set_visible (self->tray_close, adw_flap_get_folded (self->tray_flap));
}

static void
update_tray_button_cb (GtkWidget *widget)
{
  update_tray_button (PODIUM_SCHEDULE_VIEW (widget));
}

/* A folded tray out of sight is not there for screen readers either */
static void
on_tray_revealed_cb (PodiumScheduleView *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (adw_flap_get_flap (self->tray_flap)),
                               GTK_ACCESSIBLE_STATE_HIDDEN,
                               !adw_flap_get_reveal_flap (self->tray_flap), -1);
}

static void
on_tray_close_clicked_cb (PodiumScheduleView *self)
{
  adw_flap_set_reveal_flap (self->tray_flap, FALSE);
}

static void
on_tray_flap_folded_cb (PodiumScheduleView *self)
{
  podium_after_layout (GTK_WIDGET (self), &self->fold_pending, update_tray_button_cb);
}

static gboolean
on_tray_drop_cb (GtkDropTarget      *target,
                 const GValue       *value,
                 double              x,
                 double              y,
                 PodiumScheduleView *self)
{
  PodiumSession *session = g_value_get_object (value);

  if (self->document == NULL || session == NULL)
    return FALSE;
  /* a tray card dropped back on the tray changes nothing */
  podium_schedule_grid_unschedule (self->grid, session);
  return TRUE;
}

/* Toolbar */

static void
on_day_selected_cb (GtkDropDown        *dropdown,
                    GParamSpec         *pspec,
                    PodiumScheduleView *self)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (self->days && position < self->days->len)
    podium_schedule_grid_set_date (self->grid, g_array_index (self->days, int, position));
  update_day_buttons (self);
}

static void
on_previous_day_cb (GtkButton          *button,
                    PodiumScheduleView *self)
{
  guint position = gtk_drop_down_get_selected (self->day_dropdown);

  if (position != GTK_INVALID_LIST_POSITION && position > 0)
    gtk_drop_down_set_selected (self->day_dropdown, position - 1);
}

static void
on_next_day_cb (GtkButton          *button,
                PodiumScheduleView *self)
{
  guint position = gtk_drop_down_get_selected (self->day_dropdown);

  if (self->days && position + 1 < self->days->len)
    gtk_drop_down_set_selected (self->day_dropdown, position + 1);
}

static void
apply_zoom (PodiumScheduleView *self,
            guint               level)
{
  level = MIN (level, G_N_ELEMENTS (zoom_levels) - 1);
  podium_schedule_grid_set_zoom (self->grid, zoom_levels[level]);
  gtk_widget_set_sensitive (GTK_WIDGET (self->zoom_in), level > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->zoom_out), level + 1 < G_N_ELEMENTS (zoom_levels));
  if (self->settings)
    g_settings_set_int (self->settings, "grid-zoom", zoom_levels[level]);
}

static void
on_zoom_selected_cb (GtkDropDown        *dropdown,
                     GParamSpec         *pspec,
                     PodiumScheduleView *self)
{
  apply_zoom (self, gtk_drop_down_get_selected (dropdown));
}

static void
on_zoom_in_cb (GtkButton          *button,
               PodiumScheduleView *self)
{
  guint level = gtk_drop_down_get_selected (self->zoom_dropdown);

  if (level > 0)
    gtk_drop_down_set_selected (self->zoom_dropdown, level - 1);
}

static void
on_zoom_out_cb (GtkButton          *button,
                PodiumScheduleView *self)
{
  guint level = gtk_drop_down_get_selected (self->zoom_dropdown);

  if (level + 1 < G_N_ELEMENTS (zoom_levels))
    gtk_drop_down_set_selected (self->zoom_dropdown, level + 1);
}

static void
on_color_toggled_cb (GtkToggleButton    *button,
                     PodiumScheduleView *self)
{
  gboolean by_organization = gtk_toggle_button_get_active (self->color_organization);
  GHashTableIter iter;
  gpointer card;

  podium_schedule_grid_set_color_by_organization (self->grid, by_organization);
  g_hash_table_iter_init (&iter, self->tray_cards);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    podium_session_card_set_color_by_organization (card, by_organization);
  if (self->settings)
    g_settings_set_string (self->settings, "color-by", by_organization ? "organization" : "kind");
}

/* Grid */

static void
on_grid_session_activated_cb (PodiumScheduleGrid *grid,
                              PodiumSession      *session,
                              PodiumScheduleView *self)
{
  podium_schedule_view_select_session (self, session);
}

static void
on_grid_show_toast_cb (PodiumScheduleGrid *grid,
                       const char         *title,
                       gboolean            undoable,
                       PodiumScheduleView *self)
{
  show_toast (self, title, undoable);
}

static void
print_geometry (PodiumScheduleView *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  graphene_point_t origin;

  if (!gtk_widget_compute_point (GTK_WIDGET (self->grid), GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self))),
                                 &GRAPHENE_POINT_INIT (0, 0), &origin))
    return;
  g_string_append_printf (out, "grid %d %d %d %d\n", (int) origin.x, (int) origin.y,
                          gtk_widget_get_width (GTK_WIDGET (self->grid)),
                          gtk_widget_get_height (GTK_WIDGET (self->grid)));
  podium_schedule_grid_dump_geometry (self->grid, out);
  g_print ("%s", out->str);
}

static void
print_geometry_cb (GtkWidget *widget)
{
  print_geometry (PODIUM_SCHEDULE_VIEW (widget));
}

/* GObject */

static void
podium_schedule_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (podium_schedule_view_parent_class)->map (widget);

  /* PODIUM_TEST_GEOMETRY=1 prints the rectangles of columns and cards once shown */
  if (g_getenv ("PODIUM_TEST_GEOMETRY"))
    podium_after_layout (widget, NULL, print_geometry_cb);
}

static void
podium_schedule_view_dispose (GObject *object)
{
  PodiumScheduleView *self = PODIUM_SCHEDULE_VIEW (object);

  g_clear_handle_id (&self->sync_id, g_source_remove);
  podium_after_layout_cancel (GTK_WIDGET (self), &self->fold_pending);
  if (self->document)
    g_signal_handlers_disconnect_by_func (self->document, on_document_changed_cb, self);
  g_clear_object (&self->document);
  g_clear_object (&self->selected);
  if (self->conflicts)
    g_signal_handlers_disconnect_by_func (self->conflicts, on_conflicts_changed_cb, self);
  g_clear_object (&self->conflicts);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->days, g_array_unref);
  if (self->tray_cards)
    g_hash_table_remove_all (self->tray_cards);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODIUM_TYPE_SCHEDULE_VIEW);

  g_clear_object (&self->tray_model);
  g_clear_object (&self->tray_filter);
  g_clear_pointer (&self->tray_cards, g_hash_table_unref);

  G_OBJECT_CLASS (podium_schedule_view_parent_class)->dispose (object);
}

static void
podium_schedule_view_finalize (GObject *object)
{
  PodiumScheduleView *self = PODIUM_SCHEDULE_VIEW (object);

  g_free (self->search);

  G_OBJECT_CLASS (podium_schedule_view_parent_class)->finalize (object);
}

static void
podium_schedule_view_class_init (PodiumScheduleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = podium_schedule_view_dispose;
  object_class->finalize = podium_schedule_view_finalize;
  widget_class->map = podium_schedule_view_map;

  signals[SESSION_SELECTED] =
    g_signal_new ("session-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PODIUM_TYPE_SESSION);
  signals[SHOW_TOAST] =
    g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);

  g_type_ensure (PODIUM_TYPE_SCHEDULE_GRID);
  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/podiumplanner/Podium/podium-schedule-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, tray_flap);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, tray_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, tray_close);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, tray);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, tray_count);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, tray_stack);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, tray_empty);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, tray_add);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, grid_stack);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, tray_list);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, previous_day);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, next_day);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, day_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, color_kind);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, color_organization);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, zoom_in);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, zoom_out);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, zoom_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PodiumScheduleView, grid);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "scheduleview");
}

static void
podium_schedule_view_init (PodiumScheduleView *self)
{
  g_autofree char *color_by = NULL;
  g_autoptr(GtkStringList) zooms = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;
  GtkDropTarget *target;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  guint zoom_level = 2;

  load_css_once ();
  gtk_widget_init_template (GTK_WIDGET (self));
  podium_accessible_name_inner_button (GTK_WIDGET (self->day_dropdown), _("Day"));
  podium_accessible_name_inner_button (GTK_WIDGET (self->zoom_dropdown), _("Minutes per row"));
  g_signal_connect (self->grid_stack, "notify::visible-child",
                    G_CALLBACK (podium_accessible_hide_stack_pages), NULL);
  g_signal_connect (self->tray_stack, "notify::visible-child",
                    G_CALLBACK (podium_accessible_hide_stack_pages), NULL);
  podium_accessible_hide_stack_pages (GTK_WIDGET (self->grid_stack));
  podium_accessible_hide_stack_pages (GTK_WIDGET (self->tray_stack));

  self->tray_cards = g_hash_table_new (NULL, NULL);
  g_signal_connect_swapped (self->tray_flap, "notify::folded",
                            G_CALLBACK (on_tray_flap_folded_cb), self);
  g_signal_connect_swapped (self->tray_flap, "notify::reveal-flap",
                            G_CALLBACK (on_tray_revealed_cb), self);
  g_signal_connect_swapped (self->tray_close, "clicked",
                            G_CALLBACK (on_tray_close_clicked_cb), self);
  update_tray_button (self);

  /* The schema is missing when a test runs the widget without the app's data */
  if (source)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema)
    self->settings = g_settings_new (APP_ID);

  for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
    {
      /* TRANSLATORS: a zoom level of the schedule, minutes per row */
      g_autofree char *label = g_strdup_printf (ngettext ("%d min", "%d min", zoom_levels[i]),
                                                zoom_levels[i]);
      gtk_string_list_append (zooms, label);
      if (self->settings && g_settings_get_int (self->settings, "grid-zoom") >= zoom_levels[i])
        zoom_level = i;
    }
  gtk_drop_down_set_model (self->zoom_dropdown, G_LIST_MODEL (zooms));
  gtk_drop_down_set_selected (self->zoom_dropdown, zoom_level);
  podium_schedule_grid_set_zoom (self->grid, zoom_levels[zoom_level]);
  gtk_widget_set_sensitive (GTK_WIDGET (self->zoom_in), zoom_level > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->zoom_out), zoom_level + 1 < G_N_ELEMENTS (zoom_levels));
  g_signal_connect (self->zoom_dropdown, "notify::selected", G_CALLBACK (on_zoom_selected_cb), self);
  g_signal_connect (self->zoom_in, "clicked", G_CALLBACK (on_zoom_in_cb), self);
  g_signal_connect (self->zoom_out, "clicked", G_CALLBACK (on_zoom_out_cb), self);

  color_by = self->settings ? g_settings_get_string (self->settings, "color-by") : NULL;
  if (g_strcmp0 (color_by, "organization") == 0)
    {
      gtk_toggle_button_set_active (self->color_organization, TRUE);
      podium_schedule_grid_set_color_by_organization (self->grid, TRUE);
    }
  g_signal_connect (self->color_organization, "toggled", G_CALLBACK (on_color_toggled_cb), self);

  g_signal_connect (self->day_dropdown, "notify::selected", G_CALLBACK (on_day_selected_cb), self);
  g_signal_connect (self->previous_day, "clicked", G_CALLBACK (on_previous_day_cb), self);
  g_signal_connect (self->next_day, "clicked", G_CALLBACK (on_next_day_cb), self);

  g_signal_connect (self->grid, "session-activated", G_CALLBACK (on_grid_session_activated_cb), self);
  g_signal_connect (self->grid, "show-toast", G_CALLBACK (on_grid_show_toast_cb), self);
  podium_schedule_grid_set_conflict_func (self->grid, conflict_reason, self);

  self->tray_filter = gtk_custom_filter_new (tray_filter_func, self, NULL);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_tray_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_tray_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_tray_unbind_cb), self);
  gtk_list_view_set_factory (self->tray_list, factory);
  g_object_unref (factory);

  target = gtk_drop_target_new (PODIUM_TYPE_SESSION, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (on_tray_drop_cb), self);
  gtk_widget_add_controller (self->tray, GTK_EVENT_CONTROLLER (target));

  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  update_day_buttons (self);
}

/* Public API */

GtkWidget *
podium_schedule_view_new (void)
{
  return g_object_new (PODIUM_TYPE_SCHEDULE_VIEW, NULL);
}

void
podium_schedule_view_set_document (PodiumScheduleView *self,
                                   PodiumDocument     *document)
{
  g_return_if_fail (PODIUM_IS_SCHEDULE_VIEW (self));
  g_return_if_fail (document == NULL || PODIUM_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document)
    g_signal_handlers_disconnect_by_func (self->document, on_document_changed_cb, self);
  g_set_object (&self->document, document);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->days, g_array_unref);

  if (document)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      g_signal_connect (document, "changed", G_CALLBACK (on_document_changed_cb), self);
      g_clear_object (&self->tray_model);
      self->tray_model = gtk_filter_list_model_new (g_object_ref (podium_document_get_sessions (document)),
                                                    g_object_ref (GTK_FILTER (self->tray_filter)));
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->tray_model)));
      gtk_list_view_set_model (self->tray_list, GTK_SELECTION_MODEL (selection));
    }
  else
    {
      gtk_list_view_set_model (self->tray_list, NULL);
      g_clear_object (&self->tray_model);
    }

  podium_schedule_grid_set_document (self->grid, document);
  g_clear_handle_id (&self->sync_id, g_source_remove);
  sync_idle_cb (self);
}

void
podium_schedule_view_select_session (PodiumScheduleView *self,
                                     PodiumSession      *session)
{
  GHashTableIter iter;
  gpointer card;

  g_return_if_fail (PODIUM_IS_SCHEDULE_VIEW (self));
  g_return_if_fail (session == NULL || PODIUM_IS_SESSION (session));

  if (!g_set_object (&self->selected, session))
    return;

  /* A session on another day brings its day into view */
  if (session && self->document && podium_session_is_scheduled (session) && self->days)
    {
      PodiumConference *conference = podium_document_get_conference (self->document);
      int date = podium_schedule_day_of (conference, podium_session_get_start (session));

      for (guint i = 0; i < self->days->len; i++)
        if (g_array_index (self->days, int, i) == date &&
            gtk_drop_down_get_selected (self->day_dropdown) != i)
          gtk_drop_down_set_selected (self->day_dropdown, i);
    }

  podium_schedule_grid_select (self->grid, session, FALSE);
  g_hash_table_iter_init (&iter, self->tray_cards);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    podium_session_card_set_selected (card, podium_session_card_get_session (card) == session);

  g_signal_emit (self, signals[SESSION_SELECTED], 0, session);
}

PodiumSession *
podium_schedule_view_get_selected_session (PodiumScheduleView *self)
{
  g_return_val_if_fail (PODIUM_IS_SCHEDULE_VIEW (self), NULL);

  return self->selected;
}

void
podium_schedule_view_set_conflicts (PodiumScheduleView *self,
                                    PodiumConflicts    *conflicts)
{
  g_return_if_fail (PODIUM_IS_SCHEDULE_VIEW (self));
  g_return_if_fail (conflicts == NULL || PODIUM_IS_CONFLICTS (conflicts));

  if (self->conflicts == conflicts)
    return;
  if (self->conflicts)
    g_signal_handlers_disconnect_by_func (self->conflicts, on_conflicts_changed_cb, self);
  g_set_object (&self->conflicts, conflicts);
  if (conflicts)
    g_signal_connect (conflicts, "changed", G_CALLBACK (on_conflicts_changed_cb), self);
  queue_sync (self);
}
