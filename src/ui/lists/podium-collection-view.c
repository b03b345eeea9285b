/* podium-collection-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-accessible.h"

#include "podium-collection-view.h"
#include "podium-editors.h"
#include "podium-form.h"
#include "podium-participants-rooms.h"
#include "podium-ui.h"
#include "podium-window-private.h"

/* The editor beside a list at least, a little wider than the schedule's inspector; an
 * editor whose rows need more takes it from the list */

typedef struct
{
  const char *title;
  char      *(*text)    (gpointer item);
  int        (*compare) (gpointer a,
                         gpointer b);
  gboolean    expand;
  int         width;    /* fixed width in pixels, or -1 */
  gboolean    badge;    /* shows the item's conflicts (sessions) */
  gboolean    whole;    /* never cut short: the column is as wide as its longest text */
  /* What a cell shows, when it says less than @text (which searching reads) */
  char      *(*shown)   (PodiumDocument *document,
                         gpointer        item);
} Column;

struct _PodiumCollectionView
{
  AdwBin                parent_instance;

  PodiumCollectionKind  kind;
  const Column         *columns;
  guint                 n_columns;

  PodiumDocument       *document;
  gulong                changed_handler;
  PodiumConflicts      *conflicts;

  GtkBox               *search_bar;
  GtkSearchEntry       *search_entry;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkCustomFilter      *filter;
  GPtrArray            *sorters;
  GtkLabel             *count_label;
  GtkWidget            *add_button;
  GtkWidget            *duplicate_button;
  GtkWidget            *delete_button;
  GtkPaned             *paned;       /* the list and the editor */
  GtkStack             *editor_stack;
  AdwBin               *editor_bin;
  AdwBin               *empty_bin;
  GtkStack             *list_stack;
  AdwStatusPage        *list_empty;
  GHashTable           *bound;       /* GtkListItem → column */
  GtkWidget            *by_room;     /* participants: the toggle and the page */
  GtkWidget            *rooms_page;
  GSettings            *settings;    /* NULL when a test runs without the app's schema */
  gboolean              split_restored;

  GObject              *shown;       /* what the editor edits */
};

G_DEFINE_FINAL_TYPE (PodiumCollectionView, podium_collection_view, ADW_TYPE_BIN)

enum {
  SHOW_TOAST,
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Column texts */

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text ? text : "");
}

static char *
session_title (gpointer item)
{
  return dup_or_empty (podium_session_get_title (item));
}

static char *
session_kind (gpointer item)
{
  return g_strdup (podium_labels_session_kind (podium_session_get_kind (item)));
}

static char *
session_when (gpointer item)
{
  gint64 start = podium_session_get_start (item);
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *day = NULL;
  g_autofree char *range = NULL;

  if (start == PODIUM_TIME_NONE)
    return g_strdup ("");
  utc = g_time_zone_new_utc ();
  dt = podium_time_to_date_time (start, utc);
  /* TRANSLATORS: a short date in a list column, see strftime(3): "Mon 20 Nov" */
  day = g_date_time_format (dt, _("%a %-d %b"));
  range = podium_labels_time_range (start, podium_session_get_end (item));
  return g_strdup_printf ("%s, %s", day, range);
}

/* A one-day conference needs no date in every row */
static char *
session_when_shown (PodiumDocument *document,
                    gpointer        item)
{
  PodiumConference *conference = podium_document_get_conference (document);
  gint64 start = podium_session_get_start (item);

  if (start != PODIUM_TIME_NONE &&
      podium_conference_get_start_date (conference) == podium_conference_get_end_date (conference))
    return podium_labels_time_range (start, podium_session_get_end (item));
  return session_when (item);
}

static int
session_compare_when (gpointer a,
                      gpointer b)
{
  gint64 ta = podium_session_get_start (a);
  gint64 tb = podium_session_get_start (b);

  /* unscheduled last */
  if (ta == PODIUM_TIME_NONE)
    ta = G_MAXINT64;
  if (tb == PODIUM_TIME_NONE)
    tb = G_MAXINT64;
  return (ta > tb) - (ta < tb);
}

static char *
session_place (gpointer item)
{
  return podium_labels_session_place (item);
}

static char *
session_people (gpointer item)
{
  return podium_labels_session_roles (item);
}

static char *
session_status (gpointer item)
{
  return g_strdup (podium_labels_session_status (podium_session_get_status (item)));
}

static char *
person_name (gpointer item)
{
  return podium_labels_person (item);
}

static char *
person_organization (gpointer item)
{
  PodiumOrganization *organization = podium_person_get_organization (item);

  return g_strdup (organization ? podium_labels_organization (organization) : "");
}

static char *
person_position (gpointer item)
{
  return dup_or_empty (podium_person_get_position (item));
}

static char *
organization_short_name (gpointer item)
{
  return dup_or_empty (podium_organization_get_short_name (item));
}

static char *
organization_name (gpointer item)
{
  return dup_or_empty (podium_organization_get_name (item));
}

static char *
organization_region (gpointer item)
{
  return dup_or_empty (podium_organization_get_region (item));
}

static char *
organization_kind (gpointer item)
{
  return g_strdup (podium_labels_organization_kind (podium_organization_get_kind (item)));
}

static char *
room_name (gpointer item)
{
  return dup_or_empty (podium_room_get_name (item));
}

static char *
room_kind (gpointer item)
{
  return g_strdup (podium_labels_room_kind (podium_room_get_kind (item)));
}

static char *
room_capacity (gpointer item)
{
  int capacity = podium_room_get_capacity (item);

  return capacity > 0 ? g_strdup_printf ("%d", capacity) : g_strdup ("");
}

static int
room_compare_capacity (gpointer a,
                       gpointer b)
{
  int ca = podium_room_get_capacity (a);
  int cb = podium_room_get_capacity (b);

  return (ca > cb) - (ca < cb);
}

static char *
room_theme (gpointer item)
{
  return dup_or_empty (podium_room_get_theme (item));
}

static int
compare_sessions_when (gconstpointer a,
                       gconstpointer b)
{
  return session_compare_when (*(gpointer *) a, *(gpointer *) b);
}

static char *
participant_name (gpointer item)
{
  return dup_or_empty (podium_participant_get_name (item));
}

static char *
participant_organization (gpointer item)
{
  return dup_or_empty (podium_participant_get_organization_label (item));
}

/* The rooms of the sessions the participant is assigned to, in the order of the day */
static char *
participant_rooms (gpointer item)
{
  GPtrArray *assigned = podium_participant_get_assigned (item);
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (assigned == NULL || assigned->len == 0)
    return g_strdup ("");
  /* Borrowed: a copy would take the list's free function along */
  sorted = g_ptr_array_sized_new (assigned->len);
  for (guint i = 0; i < assigned->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (assigned, i));
  g_ptr_array_sort (sorted, compare_sessions_when);
  for (guint i = 0; i < sorted->len; i++)
    {
      g_autofree char *place = podium_labels_session_place (g_ptr_array_index (sorted, i));

      /* TRANSLATORS: between the rooms of a participant in a list column */
      g_string_append_printf (text, "%s%s", i ? _(", ") : "", place);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
participant_status (gpointer item)
{
  return g_strdup (podium_participant_status_label (podium_participant_get_status (item)));
}

static const Column session_columns[] = {
  { N_("When"), session_when, session_compare_when, FALSE, -1, FALSE, TRUE, session_when_shown },
  { N_("Title"), session_title, NULL, TRUE, -1, TRUE },
  { N_("Kind"), session_kind, NULL, FALSE, -1, FALSE, TRUE },
  { N_("Room"), session_place, NULL, FALSE, -1, FALSE, TRUE },
  { N_("Status"), session_status, NULL, FALSE, -1, FALSE, TRUE },
  { N_("People"), session_people, NULL, FALSE, -1 },
};

static const Column person_columns[] = {
  { N_("Name"), person_name, NULL, TRUE, -1 },
  { N_("Organisation"), person_organization, NULL, FALSE, -1 },
  { N_("Position"), person_position, NULL, TRUE, -1 },
};

static const Column organization_columns[] = {
  { N_("Short Name"), organization_short_name, NULL, FALSE, -1 },
  { N_("Name"), organization_name, NULL, TRUE, -1 },
  { N_("Region"), organization_region, NULL, FALSE, -1 },
  { N_("Kind"), organization_kind, NULL, FALSE, -1 },
};

static const Column room_columns[] = {
  { N_("Name"), room_name, NULL, TRUE, -1 },
  { N_("Kind"), room_kind, NULL, FALSE, -1 },
  { N_("Seats"), room_capacity, room_compare_capacity, FALSE, -1 },
  { N_("Theme"), room_theme, NULL, TRUE, -1 },
};

static const Column participant_columns[] = {
  { N_("Name"), participant_name, NULL, TRUE, -1 },
  { N_("Organisation"), participant_organization, NULL, TRUE, -1 },
  { N_("Rooms"), participant_rooms, NULL, TRUE, -1 },
  { N_("Status"), participant_status, NULL, FALSE, -1 },
};

/* Words for each kind of collection */

static GListModel *
get_items (PodiumCollectionView *self)
{
  switch (self->kind)
    {
    case PODIUM_COLLECTION_SESSIONS:      return podium_document_get_sessions (self->document);
    case PODIUM_COLLECTION_PEOPLE:        return podium_document_get_people (self->document);
    case PODIUM_COLLECTION_ORGANIZATIONS: return podium_document_get_organizations (self->document);
    case PODIUM_COLLECTION_ROOMS:         return podium_document_get_rooms (self->document);
    case PODIUM_COLLECTION_PARTICIPANTS:  return podium_document_get_participants (self->document);
    default:                              g_assert_not_reached ();
    }
}

static const char *
kind_word (PodiumCollectionView *self,
           int                   which)
{
  /* 0: search placeholder, 1: add, 2: duplicate, 3: delete, 4: empty title, 5: empty text,
   * 6: list name, 7: empty list */
  static const char * const words[5][8] = {
    { N_("Search Sessions"), N_("Add Session"), N_("Duplicate Session"), N_("Delete Session"),
      N_("No Session Selected"), N_("Choose a session from the list, or add one"), N_("Sessions"),
      N_("No Sessions Yet") },
    { N_("Search People"), N_("Add Person"), N_("Duplicate Person"), N_("Delete Person"),
      N_("No Person Selected"), N_("Choose a person from the list, or add one"), N_("People"),
      N_("No People Yet") },
    { N_("Search Organisations"), N_("Add Organisation"), N_("Duplicate Organisation"),
      N_("Delete Organisation"), N_("No Organisation Selected"),
      N_("Choose an organisation from the list, or add one"), N_("Organisations"),
      N_("No Organisations Yet") },
    { N_("Search Rooms"), N_("Add Room"), N_("Duplicate Room"), N_("Delete Room"),
      N_("No Room Selected"), N_("Choose a room from the list, or add one"), N_("Rooms"),
      N_("No Rooms Yet") },
    { N_("Search Participants"), N_("Add Participant"), N_("Duplicate Participant"),
      N_("Delete Participant"), N_("No Participant Selected"),
      N_("Choose a participant from the list, or add one"), N_("Participants"),
      N_("No Participants Yet") },
  };

  return _(words[self->kind][which]);
}

static char *
count_text (PodiumCollectionView *self,
            guint                 n)
{
  switch (self->kind)
    {
    case PODIUM_COLLECTION_SESSIONS:
      return g_strdup_printf (ngettext ("%u session", "%u sessions", n), n);
    case PODIUM_COLLECTION_PEOPLE:
      return g_strdup_printf (ngettext ("%u person", "%u people", n), n);
    case PODIUM_COLLECTION_ORGANIZATIONS:
      return g_strdup_printf (ngettext ("%u organisation", "%u organisations", n), n);
    case PODIUM_COLLECTION_PARTICIPANTS:
      return g_strdup_printf (ngettext ("%u participant", "%u participants", n), n);
    case PODIUM_COLLECTION_ROOMS:
    default:
      return g_strdup_printf (ngettext ("%u room", "%u rooms", n), n);
    }
}

/* Sorting and filtering */

static int
compare_column (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const Column *column = user_data;
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;
  int result;

  if (column->compare)
    result = column->compare ((gpointer) a, (gpointer) b);
  else
    {
      ta = column->text ((gpointer) a);
      tb = column->text ((gpointer) b);
      result = g_utf8_collate (ta, tb);
    }
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  PodiumCollectionView *self = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;

  if (search == NULL || *search == '\0')
    return TRUE;

  needle = g_utf8_casefold (search, -1);
  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autofree char *text = self->columns[i].text (item);
      g_autofree char *folded = g_utf8_casefold (text, -1);

      if (strstr (folded, needle))
        return TRUE;
    }
  return FALSE;
}

/* Cells */

/* A cell is a label, after a conflict badge that only columns with "badge" show */
static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  const Column *column = g_object_get_data (G_OBJECT (factory), "column");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_visible (badge, FALSE);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (!column->whole)
    {
      /* A long text asks for 40 characters, but takes all the column has */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_hexpand (label, TRUE);
    }
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (list_item, box);
}

static void
update_badge (PodiumCollectionView *self,
              GtkWidget            *badge,
              gpointer              item)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GString) reasons = g_string_new (NULL);
  PodiumSeverity worst = PODIUM_SEVERITY_INFO;

  if (self->conflicts == NULL || !PODIUM_IS_SESSION (item))
    {
      gtk_widget_set_visible (badge, FALSE);
      return;
    }

  found = podium_conflicts_for_session (self->conflicts, item);
  for (guint i = 0; i < found->len; i++)
    {
      PodiumConflict *conflict = g_ptr_array_index (found, i);

      worst = MIN (worst, podium_conflict_get_severity (conflict));
      g_string_append_printf (reasons, "%s%s", i ? "\n" : "", podium_conflict_get_message (conflict));
    }

  gtk_widget_set_visible (badge, found->len > 0);
  if (found->len == 0)
    return;

  gtk_image_set_from_icon_name (GTK_IMAGE (badge),
                                worst == PODIUM_SEVERITY_ERROR ? "dialog-error-symbolic" :
                                worst == PODIUM_SEVERITY_WARNING ? "dialog-warning-symbolic" :
                                "dialog-information-symbolic");
  /* Every cell is updated after every change, a keystroke in an editor too: setting a
   * tooltip asks the X server where the pointer is, so only a new one is set */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (badge), reasons->str) == 0)
    return;
  gtk_widget_set_tooltip_text (badge, reasons->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, reasons->str,
                                  -1);
}

static void
update_cell (PodiumCollectionView *self,
             GtkListItem          *list_item,
             const Column         *column)
{
  gpointer item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  if (item == NULL)
    return;
  text = column->shown ? column->shown (self->document, item) : column->text (item);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), text);
  if (column->badge)
    update_badge (self, gtk_widget_get_first_child (box), item);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PodiumCollectionView     *self)
{
  const Column *column = g_object_get_data (G_OBJECT (factory), "column");

  update_cell (self, list_item, column);
  g_hash_table_insert (self->bound, list_item, (gpointer) column);
}

static void
on_cell_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   PodiumCollectionView     *self)
{
  g_hash_table_remove (self->bound, list_item);
}

/* Editor */

static void
show_editor (PodiumCollectionView *self,
             GObject              *object)
{
  if (object == self->shown)
    return;

  g_set_object (&self->shown, object);

  if (object == NULL)
    {
      adw_bin_set_child (self->editor_bin, NULL);
      gtk_stack_set_visible_child_name (self->editor_stack, "empty");
    }
  else
    {
      adw_bin_set_child (self->editor_bin, podium_editor_new (self->document, object));
      gtk_stack_set_visible_child_name (self->editor_stack, "editor");
    }

  gtk_widget_set_sensitive (self->duplicate_button, object != NULL);
  gtk_widget_set_sensitive (self->delete_button, object != NULL);
  g_signal_emit (self, signals [SELECTION_CHANGED], 0, object);
}

static void
on_selection_changed_cb (PodiumCollectionView *self)
{
  show_editor (self, gtk_single_selection_get_selected_item (self->selection));
}

static const char *
kind_icon (PodiumCollectionView *self)
{
  switch (self->kind)
    {
    case PODIUM_COLLECTION_SESSIONS:      return "x-office-calendar-symbolic";
    case PODIUM_COLLECTION_PEOPLE:        return "system-users-symbolic";
    case PODIUM_COLLECTION_ORGANIZATIONS: return "network-workgroup-symbolic";
    case PODIUM_COLLECTION_PARTICIPANTS:  return "avatar-default-symbolic";
    case PODIUM_COLLECTION_ROOMS:
    default:                              return "find-location-symbolic";
    }
}

/* The count below the list; an empty list says why it is empty */
static void
update_count (PodiumCollectionView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = count_text (self, n);
  gboolean searching = *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';

  gtk_label_set_text (self->count_label, text);
  if (self->by_room && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->by_room)))
    gtk_stack_set_visible_child_name (self->list_stack, "rooms");
  else
    gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  adw_status_page_set_icon_name (self->list_empty, searching ? "edit-find-symbolic" : kind_icon (self));
  adw_status_page_set_title (self->list_empty, searching ? _("No Results") : kind_word (self, 7));
  adw_status_page_set_description (self->list_empty,
                                   searching ? _("Try a different search")
                                   : self->kind == PODIUM_COLLECTION_PARTICIPANTS
                                   ? _("Import the registrations from a spreadsheet, or add them one by one")
                                   : _("Add one with the button below"));
  if (adw_status_page_get_child (self->list_empty))
    gtk_widget_set_visible (adw_status_page_get_child (self->list_empty), !searching);
}

static void
update_cells (PodiumCollectionView *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &key, &value))
    update_cell (self, key, value);
}

/* Whether a step changed what the list shows: its items, or what their columns read */
static gboolean
concerns_list (PodiumCollectionView *self,
               PodiumChangeSet      *changes)
{
  switch (self->kind)
    {
    case PODIUM_COLLECTION_SESSIONS:
      /* the room, the people and their organisations, the conference's days */
      return podium_change_set_touches_any (changes, PODIUM_TYPE_SESSION, PODIUM_TYPE_ROLE,
                                            PODIUM_TYPE_ROOM, PODIUM_TYPE_PERSON,
                                            PODIUM_TYPE_ORGANIZATION, PODIUM_TYPE_CONFERENCE,
                                            G_TYPE_INVALID);
    case PODIUM_COLLECTION_PEOPLE:
      return podium_change_set_touches_any (changes, PODIUM_TYPE_PERSON, PODIUM_TYPE_ORGANIZATION,
                                            G_TYPE_INVALID);
    case PODIUM_COLLECTION_ORGANIZATIONS:
      return podium_change_set_touches_type (changes, PODIUM_TYPE_ORGANIZATION);
    case PODIUM_COLLECTION_ROOMS:
      return podium_change_set_touches_type (changes, PODIUM_TYPE_ROOM);
    case PODIUM_COLLECTION_PARTICIPANTS:
      /* their organisations and the rooms of the sessions they are assigned to */
      return podium_change_set_touches_any (changes, PODIUM_TYPE_PARTICIPANT,
                                            PODIUM_TYPE_ORGANIZATION, PODIUM_TYPE_SESSION,
                                            PODIUM_TYPE_ROOM, G_TYPE_INVALID);
    default:
      g_assert_not_reached ();
    }
}

static void
on_document_changed_cb (PodiumCollectionView *self,
                        PodiumChangeSet      *changes)
{
  if (!concerns_list (self, changes))
    return;

  update_cells (self);

  /* Values changed: sort and filter again */
  for (guint i = 0; i < self->sorters->len; i++)
    gtk_sorter_changed (g_ptr_array_index (self->sorters, i), GTK_SORTER_CHANGE_DIFFERENT);
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed_cb (PodiumCollectionView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_stop_cb (PodiumCollectionView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
on_activate_cb (PodiumCollectionView *self,
                guint                 position)
{
  GtkWidget *page = adw_bin_get_child (self->editor_bin);

  if (page)
    podium_editor_focus_first (page);
}

static gboolean
on_delete_shortcut_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  podium_collection_view_delete (user_data);
  return TRUE;
}

/* Creating and copying */

static gpointer
new_object (PodiumCollectionView *self)
{
  switch (self->kind)
    {
    case PODIUM_COLLECTION_SESSIONS:
      return g_object_new (PODIUM_TYPE_SESSION,
                           "title", _("New Session"),
                           "kind", PODIUM_SESSION_TALK,
                           "duration", podium_session_kind_default_duration (PODIUM_SESSION_TALK),
                           NULL);
    case PODIUM_COLLECTION_PEOPLE:
      return g_object_new (PODIUM_TYPE_PERSON, "name", _("New Person"), NULL);
    case PODIUM_COLLECTION_ORGANIZATIONS:
      return g_object_new (PODIUM_TYPE_ORGANIZATION, "name", _("New Organisation"), NULL);
    case PODIUM_COLLECTION_PARTICIPANTS:
      return g_object_new (PODIUM_TYPE_PARTICIPANT, "name", _("New Participant"), NULL);
    case PODIUM_COLLECTION_ROOMS:
    default:
      return g_object_new (PODIUM_TYPE_ROOM, "name", _("New Room"), NULL);
    }
}

static void
copy_properties (GObject *from,
                 GObject *to)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (g_str_equal (pspecs[i]->name, "id") || !(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (from, pspecs[i]->name, &value);
      g_object_set_property (to, pspecs[i]->name, &value);
    }
}

static const char *
name_property (GObject *object)
{
  return PODIUM_IS_SESSION (object) ? "title" : "name";
}

static char *
object_name (GObject *object)
{
  return podium_form_object_label (object);
}

/* Overrides */

static void
podium_collection_view_dispose (GObject *object)
{
  PodiumCollectionView *self = (PodiumCollectionView *)object;

  if (self->document)
    g_clear_signal_handler (&self->changed_handler, self->document);
  g_clear_object (&self->document);
  podium_collection_view_set_conflicts (self, NULL);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->sorters, g_ptr_array_unref);
  g_clear_object (&self->settings);
  /* The selection (ours: the column view holds a reference of its own) owns the sorted
   * and filtered models; the filter calls back into this view, so it lets go of the
   * document's list before it goes */
  if (self->filter_model != NULL)
    gtk_filter_list_model_set_model (self->filter_model, NULL);
  self->filter = NULL;
  self->filter_model = NULL;
  self->sort_model = NULL;
  g_clear_object (&self->selection);

  /* The bin lets go of the template's paned before the template does */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PODIUM_TYPE_COLLECTION_VIEW);

  G_OBJECT_CLASS (podium_collection_view_parent_class)->dispose (object);
}

/* The plan's items reach the list when it is shown: GTK 4.8's column view makes and
 * measures rows for up to 200 items of any model it has, shown or not. With FOSDEM's 841
 * people and 872 sessions, that was half of the time it took to open the plan. */
static void
bind_items (PodiumCollectionView *self)
{
  GListModel *items = self->document ? get_items (self) : NULL;

  if (gtk_filter_list_model_get_model (self->filter_model) != items)
    gtk_filter_list_model_set_model (self->filter_model, items);
}

static void
podium_collection_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (podium_collection_view_parent_class)->map (widget);

  bind_items (PODIUM_COLLECTION_VIEW (widget));
}

static void
podium_collection_view_class_init (PodiumCollectionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = podium_collection_view_dispose;
  widget_class->map = podium_collection_view_map;

  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/podiumplanner/Podium/podium-collection-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, paned);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, column_view);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, list_empty);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, add_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, delete_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, count_label);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PodiumCollectionView, editor_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, podium_collection_view_add);
  gtk_widget_class_bind_template_callback (widget_class, podium_collection_view_duplicate);
  gtk_widget_class_bind_template_callback (widget_class, podium_collection_view_delete);
  gtk_widget_class_bind_template_callback (widget_class, podium_accessible_hide_stack_pages);

  signals [SHOW_TOAST] =
    g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  signals [SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
}

static void
podium_collection_view_init (PodiumCollectionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bound = g_hash_table_new (NULL, NULL);
  self->sorters = g_ptr_array_new_with_free_func (g_object_unref);
}

/* An icon's button says in words what it does, to the pointer and to screen readers */
static void
name_icon_button (GtkWidget  *button,
                  const char *label)
{
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  name_icon_button (button, label);
  return button;
}

/* A participant activated in the By Room page: the editor shows them */
static void
on_room_participant_activated (gpointer           data,
                               PodiumParticipant *participant)
{
  PodiumCollectionView *self = data;

  podium_collection_view_select (self, participant);
}

/* The split between a list and its editor: the editor's width is remembered (one width
 * for every list, as the user set it last), the list takes the rest of the window */

static void
apply_editor_width (PodiumCollectionView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->paned));
  int editor = g_settings_get_int (self->settings, "list-editor-width");

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->paned)) == GTK_ORIENTATION_VERTICAL)
    return;  /* narrow: the editor is below the list, its width is the window's */
  if (editor > 0 && gtk_paned_get_position (self->paned) != width - editor)
    gtk_paned_set_position (self->paned, MAX (0, width - editor));
}

static gboolean
restore_split_cb (GtkWidget     *paned,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  PodiumCollectionView *self = data;

  if (gtk_widget_get_width (paned) <= 0)
    return G_SOURCE_CONTINUE;
  apply_editor_width (self);
  self->split_restored = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_split_moved_cb (PodiumCollectionView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->paned));
  int editor = width - gtk_paned_get_position (self->paned);

  /* Only the user's moves once the list has its size, not GTK's first placement, and
   * only beside the list: below it (narrow) the split is a height */
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->paned)) == GTK_ORIENTATION_VERTICAL)
    return;
  if (!self->split_restored || width <= 0 || !gtk_widget_get_mapped (GTK_WIDGET (self->paned)))
    return;
  if (g_settings_get_int (self->settings, "list-editor-width") != editor)
    g_settings_set_int (self->settings, "list-editor-width", editor);
}

static void
remember_split (PodiumCollectionView *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE)
                                             : NULL;

  if (schema == NULL)
    return;
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->paned, "notify::position",
                           G_CALLBACK (on_split_moved_cb), self, G_CONNECT_SWAPPED);
  /* another list's split moved: this one follows */
  g_signal_connect_object (self->settings, "changed::list-editor-width",
                           G_CALLBACK (apply_editor_width), self, G_CONNECT_SWAPPED);
  gtk_widget_add_tick_callback (GTK_WIDGET (self->paned), restore_split_cb, self, NULL);
}

/* What differs by kind, in the template's scaffolding */
static void
build (PodiumCollectionView *self)
{
  GtkWidget *status;
  GtkWidget *add_pill;
  GtkWidget *empty_scrolled;
  GtkEventController *shortcuts;
  GtkSorter *view_sorter;

  /* The list */
  g_object_set (self->search_entry, "placeholder-text", kind_word (self, 0), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kind_word (self, 0), -1);
  if (self->kind == PODIUM_COLLECTION_PARTICIPANTS)
    {
      GtkWidget *import = icon_button ("document-open-symbolic", _("Import Participants"));
      GtkWidget *assign = gtk_button_new_with_label (_("Assign Rooms"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (import), "win.import-participants");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (assign), "win.assign-rooms");
      gtk_widget_set_tooltip_text (assign, _("Put every participant into one session of each parallel block, by their choices"));
      self->by_room = gtk_toggle_button_new_with_label (_("By Room"));
      gtk_widget_set_tooltip_text (self->by_room, _("Show the sessions of each parallel block side by side; drag a participant to another session to move them"));
      g_signal_connect_swapped (self->by_room, "toggled", G_CALLBACK (update_count), self);
      gtk_box_append (self->search_bar, self->by_room);
      gtk_box_append (self->search_bar, import);
      gtk_box_append (self->search_bar, assign);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kind_word (self, 6), -1);
  for (guint i = 0; i < self->n_columns; i++)
    {
      const Column *column = &self->columns[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkCustomSorter *sorter = gtk_custom_sorter_new (compare_column, (gpointer) column, NULL);
      g_autoptr(GtkColumnViewColumn) view_column = NULL;

      g_object_set_data (G_OBJECT (factory), "column", (gpointer) column);
      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind_cb), self);
      view_column = gtk_column_view_column_new (_(column->title), factory);
      gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
      gtk_column_view_column_set_expand (view_column, column->expand);
      gtk_column_view_column_set_resizable (view_column, TRUE);
      if (column->width > 0)
        gtk_column_view_column_set_fixed_width (view_column, column->width);
      gtk_column_view_append_column (self->column_view, view_column);
      g_ptr_array_add (self->sorters, sorter);
    }

  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  view_sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model),
                                              g_object_ref (view_sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sort_model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (update_count), self);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_callback_action_new (on_delete_shortcut_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);

  if (self->kind == PODIUM_COLLECTION_PARTICIPANTS)
    {
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *import = gtk_button_new_with_label (_("Import…"));
      GtkWidget *add = gtk_button_new_with_label (_("Add Participant"));

      gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (import, "pill");
      gtk_widget_add_css_class (import, "suggested-action");
      gtk_widget_add_css_class (add, "pill");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (import), "win.import-participants");
      g_signal_connect_swapped (add, "clicked", G_CALLBACK (podium_collection_view_add), self);
      gtk_box_append (GTK_BOX (buttons), import);
      gtk_box_append (GTK_BOX (buttons), add);
      adw_status_page_set_child (self->list_empty, buttons);
      self->rooms_page = podium_participants_rooms_new (on_room_participant_activated, self);
      gtk_stack_add_named (self->list_stack, self->rooms_page, "rooms");
    }

  name_icon_button (self->add_button, kind_word (self, 1));
  name_icon_button (self->duplicate_button, kind_word (self, 2));
  name_icon_button (self->delete_button, kind_word (self, 3));

  /* The editor, and what shows with nothing selected */
  self->empty_bin = ADW_BIN (adw_bin_new ());
  if (self->kind == PODIUM_COLLECTION_ORGANIZATIONS)
    {
      /* With nothing selected, the balance between the agencies is what matters */
      empty_scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (empty_scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (empty_scrolled), GTK_WIDGET (self->empty_bin));
      gtk_stack_add_named (self->editor_stack, empty_scrolled, "empty");
    }
  else
    {
      status = adw_status_page_new ();
      adw_status_page_set_title (ADW_STATUS_PAGE (status), kind_word (self, 4));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), kind_word (self, 5));
      add_pill = gtk_button_new_with_label (kind_word (self, 1));
      gtk_widget_set_halign (add_pill, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (add_pill, "pill");
      gtk_widget_add_css_class (add_pill, "suggested-action");
      g_signal_connect_swapped (add_pill, "clicked", G_CALLBACK (podium_collection_view_add), self);
      adw_status_page_set_child (ADW_STATUS_PAGE (status), add_pill);
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), kind_icon (self));
      gtk_stack_add_named (self->editor_stack, status, "empty");
    }
  gtk_stack_set_visible_child_name (self->editor_stack, "empty");
  podium_accessible_hide_stack_pages (GTK_WIDGET (self->editor_stack));

  gtk_paned_set_position (self->paned, G_MAXINT / 2);  /* as far as the editor allows */
  remember_split (self);
}

GtkWidget *
podium_collection_view_new (PodiumCollectionKind kind)
{
  PodiumCollectionView *self = g_object_new (PODIUM_TYPE_COLLECTION_VIEW, NULL);

  self->kind = kind;
  switch (kind)
    {
    case PODIUM_COLLECTION_SESSIONS:
      self->columns = session_columns;
      self->n_columns = G_N_ELEMENTS (session_columns);
      break;
    case PODIUM_COLLECTION_PEOPLE:
      self->columns = person_columns;
      self->n_columns = G_N_ELEMENTS (person_columns);
      break;
    case PODIUM_COLLECTION_ORGANIZATIONS:
      self->columns = organization_columns;
      self->n_columns = G_N_ELEMENTS (organization_columns);
      break;
    case PODIUM_COLLECTION_PARTICIPANTS:
      self->columns = participant_columns;
      self->n_columns = G_N_ELEMENTS (participant_columns);
      break;
    case PODIUM_COLLECTION_ROOMS:
    default:
      self->columns = room_columns;
      self->n_columns = G_N_ELEMENTS (room_columns);
      break;
    }
  build (self);
  return GTK_WIDGET (self);
}

void
podium_collection_view_set_document (PodiumCollectionView *self,
                                     PodiumDocument       *document)
{
  g_return_if_fail (PODIUM_IS_COLLECTION_VIEW (self));
  g_return_if_fail (document == NULL || PODIUM_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  show_editor (self, NULL);
  if (self->document)
    g_clear_signal_handler (&self->changed_handler, self->document);
  g_set_object (&self->document, document);

  gtk_filter_list_model_set_model (self->filter_model, NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bind_items (self);
  if (self->rooms_page)
    podium_participants_rooms_set_document (self->rooms_page, document);
  adw_bin_set_child (self->empty_bin, NULL);
  if (document)
    {
      self->changed_handler = g_signal_connect_swapped (document, "changed",
                                                        G_CALLBACK (on_document_changed_cb), self);
      if (self->kind == PODIUM_COLLECTION_ORGANIZATIONS)
        {
          GtkWidget *clamp = adw_clamp_new ();
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
          GtkWidget *icon = gtk_image_new_from_icon_name (kind_icon (self));
          GtkWidget *heading = gtk_label_new (kind_word (self, 4));
          GtkWidget *hint = gtk_label_new (kind_word (self, 5));
          GtkWidget *add = gtk_button_new_with_label (kind_word (self, 1));

          gtk_widget_set_margin_top (box, 24);
          gtk_widget_set_margin_bottom (box, 24);
          gtk_widget_set_margin_start (box, 12);
          gtk_widget_set_margin_end (box, 12);
          gtk_widget_add_css_class (heading, "title-2");
          gtk_widget_add_css_class (hint, "dim-label");
          gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
          gtk_box_set_spacing (GTK_BOX (box), 12);
          /* Like the other views' status pages, with the balance below */
          gtk_image_set_pixel_size (GTK_IMAGE (icon), 96);
          gtk_widget_add_css_class (icon, "dim-label");
          gtk_widget_set_halign (add, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (add, "pill");
          gtk_widget_add_css_class (add, "suggested-action");
          g_signal_connect_swapped (add, "clicked", G_CALLBACK (podium_collection_view_add), self);
          gtk_box_append (GTK_BOX (box), icon);
          gtk_box_append (GTK_BOX (box), heading);
          gtk_box_append (GTK_BOX (box), hint);
          gtk_box_append (GTK_BOX (box), add);
          gtk_box_append (GTK_BOX (box), podium_editor_balance_new (document));
          adw_clamp_set_child (ADW_CLAMP (clamp), box);
          adw_bin_set_child (self->empty_bin, clamp);
        }
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  update_count (self);
}

gpointer
podium_collection_view_get_selected (PodiumCollectionView *self)
{
  g_return_val_if_fail (PODIUM_IS_COLLECTION_VIEW (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

void
podium_collection_view_select (PodiumCollectionView *self,
                               gpointer              object)
{
  GListModel *model;
  guint n;

  g_return_if_fail (PODIUM_IS_COLLECTION_VIEW (self));

  bind_items (self);
  model = G_LIST_MODEL (self->sort_model);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; object && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == object)
        {
          gtk_single_selection_set_selected (self->selection, i);
          /* The column view has no scrolling API in GTK 4.8; its inner list view does */
          for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
               child; child = gtk_widget_get_next_sibling (child))
            if (GTK_IS_LIST_VIEW (child))
              gtk_widget_activate_action (child, "list.scroll-to-item", "u", i);
          return;
        }
    }

  /* Hidden by the search: show it anyway */
  if (object && *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
      podium_collection_view_select (self, object);
      return;
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

void
podium_collection_view_add (PodiumCollectionView *self)
{
  g_autoptr(GObject) object = NULL;
  GtkWidget *page;

  g_return_if_fail (PODIUM_IS_COLLECTION_VIEW (self));

  if (self->document == NULL)
    return;

  object = new_object (self);
  podium_document_add (self->document, object);
  podium_collection_view_select (self, object);

  /* Ready to type the name */
  if ((page = adw_bin_get_child (self->editor_bin)))
    podium_editor_focus_first (page);
}

void
podium_collection_view_duplicate (PodiumCollectionView *self)
{
  GObject *original;
  g_autoptr(GObject) copy = NULL;
  g_autofree char *name = NULL;
  g_autofree char *copy_name = NULL;

  g_return_if_fail (PODIUM_IS_COLLECTION_VIEW (self));

  if (!(original = podium_collection_view_get_selected (self)))
    return;

  copy = g_object_new (G_OBJECT_TYPE (original), NULL);
  copy_properties (original, copy);
  name = object_name (original);
  /* TRANSLATORS: the name of a duplicated session, person, … */
  copy_name = g_strdup_printf (_("%s (Copy)"), name);
  g_object_set (copy, name_property (copy), copy_name, NULL);

  /* TRANSLATORS: an undo step */
  podium_document_begin (self->document, _("Duplicate"));
  if (PODIUM_IS_SESSION (original))
    {
      GListModel *roles = podium_session_get_roles (PODIUM_SESSION (original));

      copy_properties (G_OBJECT (podium_session_get_video (PODIUM_SESSION (original))),
                       G_OBJECT (podium_session_get_video (PODIUM_SESSION (copy))));
      podium_document_add (self->document, copy);
      for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);

          podium_document_add_role (self->document, PODIUM_SESSION (copy),
                                    podium_role_get_role (role),
                                    podium_role_get_person (role),
                                    podium_role_get_organization (role));
        }
    }
  else
    podium_document_add (self->document, copy);
  podium_document_end (self->document);

  podium_collection_view_select (self, copy);
}

void
podium_collection_view_delete (PodiumCollectionView *self)
{
  GObject *object;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (PODIUM_IS_COLLECTION_VIEW (self));

  if (!(object = podium_collection_view_get_selected (self)))
    return;

  name = object_name (object);
  podium_document_remove (self->document, object);
  /* TRANSLATORS: a toast after deleting a session, person, organisation or room */
  title = g_strdup_printf (_("“%s” deleted"), name);
  g_signal_emit (self, signals [SHOW_TOAST], 0, title, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

void
podium_collection_view_focus_search (PodiumCollectionView *self)
{
  g_return_if_fail (PODIUM_IS_COLLECTION_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Shows the conflicts of each session beside its title; follows them as they change */
void
podium_collection_view_set_conflicts (PodiumCollectionView *self,
                                      PodiumConflicts      *conflicts)
{
  g_return_if_fail (PODIUM_IS_COLLECTION_VIEW (self));
  g_return_if_fail (conflicts == NULL || PODIUM_IS_CONFLICTS (conflicts));

  if (self->conflicts == conflicts)
    return;

  if (self->conflicts)
    g_signal_handlers_disconnect_by_func (self->conflicts, update_cells, self);
  g_set_object (&self->conflicts, conflicts);
  if (conflicts)
    g_signal_connect_swapped (conflicts, "changed", G_CALLBACK (update_cells), self);
  if (self->bound)
    update_cells (self);
}

/* In a narrow window the editor goes below the list instead of beside it (the window
 * decides, by its width); the split can still be dragged */
void
podium_collection_view_set_narrow (PodiumCollectionView *self,
                                   gboolean              narrow)
{
  GtkOrientation orientation = narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;

  g_return_if_fail (PODIUM_IS_COLLECTION_VIEW (self));

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->paned)) == orientation)
    return;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->paned), orientation);
  /* Beside the list the editor keeps the width it needs; below it, the two share */
  gtk_paned_set_resize_end_child (self->paned, narrow);
  if (narrow)
    g_object_set (self->paned, "position-set", FALSE, NULL);
  else if (self->settings && g_settings_get_int (self->settings, "list-editor-width") > 0)
    apply_editor_width (self);
  else
    gtk_paned_set_position (self->paned, G_MAXINT / 2);
}
