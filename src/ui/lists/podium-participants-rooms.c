/* podium-participants-rooms.c
 *
 * A plain box rebuilt from the model after every step: at most a few blocks of a few
 * sessions with some dozen participants each. Activating a row shows the participant in
 * the editor beside it, whose "Assigned To" drop-down makes the same move without a
 * mouse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-editors.h"
#include "podium-participants-rooms.h"

typedef struct
{
  PodiumDocument *document;
  gulong          changed_handler;
  GtkWidget      *box;
  guint           idle;
  gboolean        stale;
  PodiumParticipantActivated activated;
  gpointer        data;
} Rooms;

static void rebuild (GtkWidget *self);

static Rooms *
rooms_get (GtkWidget *self)
{
  return g_object_get_data (G_OBJECT (self), "podium-rooms");
}

static void
rooms_free (Rooms *rooms)
{
  if (rooms->document)
    g_clear_signal_handler (&rooms->changed_handler, rooms->document);
  g_clear_object (&rooms->document);
  g_clear_handle_id (&rooms->idle, g_source_remove);
  g_free (rooms);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    gpointer       participant)
{
  return gdk_content_provider_new_typed (PODIUM_TYPE_PARTICIPANT, participant);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            GtkWidget     *list)
{
  GtkWidget *self = g_object_get_data (G_OBJECT (list), "podium-rooms-widget");
  Rooms *rooms = rooms_get (self);
  PodiumSession *session = g_object_get_data (G_OBJECT (list), "session");
  PodiumParticipant *participant = g_value_get_object (value);
  g_autoptr(GPtrArray) blocks = NULL;

  if (rooms->document == NULL || participant == NULL || session == NULL)
    return FALSE;
  blocks = podium_parallel_blocks (rooms->document);
  for (guint i = 0; i < blocks->len; i++)
    {
      PodiumParallelBlock *block = g_ptr_array_index (blocks, i);

      if (!podium_parallel_block_contains (block, session))
        continue;
      if (podium_participant_get_assigned_in (participant, block) == session)
        return FALSE;
      podium_document_assign_participant (rooms->document, participant, block, session);
      return TRUE;
    }
  return FALSE;
}

static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     GtkWidget     *self)
{
  Rooms *rooms = rooms_get (self);
  PodiumParticipant *participant = g_object_get_data (G_OBJECT (row), "participant");

  if (rooms->activated && participant)
    rooms->activated (rooms->data, participant);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const char *na = podium_participant_get_name (*(PodiumParticipant **) a);
  const char *nb = podium_participant_get_name (*(PodiumParticipant **) b);

  return g_utf8_collate (na ? na : "", nb ? nb : "");
}

/* A session's title, its room and seats, and its participants, in column @x of @grid;
 * the rows line up across the columns however the titles wrap, and every list is as
 * tall as the longest, so a short one is still a large place to drop on */
static void
attach_session (GtkWidget           *self,
                GtkGrid             *grid,
                int                  x,
                PodiumParallelBlock *block,
                PodiumSession       *session)
{
  Rooms *rooms = rooms_get (self);
  GListModel *participants = podium_document_get_participants (rooms->document);
  g_autoptr(GPtrArray) here = g_ptr_array_new ();
  PodiumRoom *room = podium_session_get_room (session);
  int capacity = room ? podium_room_get_capacity (room) : 0;
  GtkWidget *title = gtk_label_new (podium_session_get_title (session));
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *list = gtk_list_box_new ();
  GtkDropTarget *target;
  g_autofree char *seats = NULL;
  g_autofree char *place = podium_labels_session_place (session);
  g_autofree char *name = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      PodiumParticipant *participant = g_list_model_get_item (participants, i);

      if (podium_participant_get_status (participant) != PODIUM_PARTICIPANT_CANCELLED &&
          podium_participant_get_assigned_in (participant, block) == session)
        g_ptr_array_add (here, participant);
      g_object_unref (participant);   /* the document's store keeps it */
    }
  g_ptr_array_sort (here, compare_names);

  if (capacity > 0)
    /* TRANSLATORS: a room in the participants by room, "Themenraum 1 · 25 of 25 seats" */
    seats = g_strdup_printf (ngettext ("%s · %u of %d seat", "%s · %u of %d seats", capacity),
                             place, here->len, capacity);
  else
    /* TRANSLATORS: a room without a known capacity, "Foyer · 12 participants" */
    seats = g_strdup_printf (ngettext ("%s · %u participant", "%s · %u participants", here->len),
                             place, here->len);
  gtk_label_set_text (GTK_LABEL (subtitle), seats);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_yalign (GTK_LABEL (title), 1);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (subtitle, "dim-label");
  if (capacity > 0 && (int) here->len > capacity)
    gtk_widget_add_css_class (subtitle, "error");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_size_request (list, 200, 48);
  /* TRANSLATORS: the accessible name of a session's list of participants */
  name = g_strdup_printf (_("Participants in “%s”"), podium_session_get_title (session));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (guint i = 0; i < here->len; i++)
    {
      PodiumParticipant *participant = g_ptr_array_index (here, i);
      GtkWidget *row = adw_action_row_new ();
      GtkDragSource *source = gtk_drag_source_new ();
      const char *organization = podium_participant_get_organization_label (participant);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     podium_participant_get_name (participant));
      if (organization)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), organization);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "participant", g_object_ref (participant),
                              g_object_unref);
      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare_cb), participant, 0);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  if (here->len == 0)
    {
      GtkWidget *empty = gtk_label_new (_("Nobody yet"));

      gtk_widget_add_css_class (empty, "dim-label");
      gtk_widget_set_margin_top (empty, 12);
      gtk_widget_set_margin_bottom (empty, 12);
      gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
    }

  g_object_set_data_full (G_OBJECT (list), "session", g_object_ref (session), g_object_unref);
  g_object_set_data (G_OBJECT (list), "podium-rooms-widget", self);
  target = gtk_drop_target_new (PODIUM_TYPE_PARTICIPANT, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), list);
  gtk_widget_add_controller (list, GTK_EVENT_CONTROLLER (target));

  gtk_widget_set_hexpand (list, TRUE);
  gtk_grid_attach (grid, title, x, 0, 1, 1);
  gtk_grid_attach (grid, subtitle, x, 1, 1, 1);
  gtk_grid_attach (grid, list, x, 2, 1, 1);
}

static void
rebuild (GtkWidget *self)
{
  Rooms *rooms = rooms_get (self);
  g_autoptr(GPtrArray) blocks = NULL;
  GtkWidget *child;

  rooms->stale = FALSE;
  while ((child = gtk_widget_get_first_child (rooms->box)))
    gtk_box_remove (GTK_BOX (rooms->box), child);
  if (rooms->document == NULL)
    return;

  blocks = podium_parallel_blocks (rooms->document);
  for (guint i = 0; i < blocks->len; i++)
    {
      PodiumParallelBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *title = podium_editor_block_label (block);
      GtkWidget *heading = gtk_label_new (title);
      GtkWidget *columns = gtk_grid_new ();

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "title-4");
      gtk_grid_set_column_homogeneous (GTK_GRID (columns), TRUE);
      gtk_grid_set_column_spacing (GTK_GRID (columns), 12);
      gtk_grid_set_row_spacing (GTK_GRID (columns), 6);
      for (guint j = 0; j < block->sessions->len; j++)
        attach_session (self, GTK_GRID (columns), j, block, g_ptr_array_index (block->sessions, j));
      gtk_box_append (GTK_BOX (rooms->box), heading);
      gtk_box_append (GTK_BOX (rooms->box), columns);
    }
  if (blocks->len == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "go-home-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Parallel Sessions"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("Sessions that run at the same time in different rooms form a parallel block; participants choose one of each"));
      gtk_widget_set_vexpand (status, TRUE);
      gtk_box_append (GTK_BOX (rooms->box), status);
    }
}

/* A drop changes the document inside the drag's handler: rebuild afterwards, so that
 * the widgets of the drag are not destroyed under it */
static gboolean
rebuild_idle (gpointer data)
{
  Rooms *rooms = rooms_get (data);

  rooms->idle = 0;
  rebuild (data);
  return G_SOURCE_REMOVE;
}

/* The page is rebuilt after changes while it is shown, and when it is shown again after
 * changes made while hidden: another view's typing does not rebuild it */
static void
on_document_changed_cb (GtkWidget *self)
{
  Rooms *rooms = rooms_get (self);

  if (!gtk_widget_get_mapped (self))
    rooms->stale = TRUE;
  else if (rooms->idle == 0)
    rooms->idle = g_idle_add (rebuild_idle, self);
}

static void
on_map_cb (GtkWidget *self)
{
  Rooms *rooms = rooms_get (self);

  if (rooms->stale)
    rebuild (self);
}

GtkWidget *
podium_participants_rooms_new (PodiumParticipantActivated activated,
                               gpointer                   data)
{
  GtkWidget *self = gtk_scrolled_window_new ();
  Rooms *rooms = g_new0 (Rooms, 1);

  rooms->activated = activated;
  rooms->data = data;
  rooms->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (rooms->box, 12);
  gtk_widget_set_margin_bottom (rooms->box, 12);
  gtk_widget_set_margin_start (rooms->box, 12);
  gtk_widget_set_margin_end (rooms->box, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self), rooms->box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  g_object_set_data_full (G_OBJECT (self), "podium-rooms", rooms, (GDestroyNotify) rooms_free);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  return self;
}

void
podium_participants_rooms_set_document (GtkWidget      *self,
                                        PodiumDocument *document)
{
  Rooms *rooms = rooms_get (self);

  g_return_if_fail (rooms != NULL);

  if (rooms->document == document)
    return;
  if (rooms->document)
    g_clear_signal_handler (&rooms->changed_handler, rooms->document);
  g_set_object (&rooms->document, document);
  if (document)
    rooms->changed_handler = g_signal_connect_swapped (document, "changed",
                                                       G_CALLBACK (on_document_changed_cb), self);
  /* Built when shown: FOSDEM's parallel blocks are hundreds of sessions, and a hidden page is
   * still measured with the stack it is in */
  if (gtk_widget_get_mapped (self))
    rebuild (self);
  else
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (rooms->box)))
        gtk_box_remove (GTK_BOX (rooms->box), child);
      rooms->stale = TRUE;
    }
}
