/* podium-session-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-drag-escape.h"
#include "podium-labels.h"
#include "podium-session-card.h"

#define STRIPE_WIDTH 6   /* the coloured stripe (4 px) and a gap, left of the text */
#define TITLE_LINE   16  /* approximate line heights, to choose how many lines fit */
#define SMALL_LINE   14
#define HANDLE_HEIGHT 12  /* the lower edge's grab zone; a third of a short card */

struct _PodiumSessionCard
{
  GtkWidget      parent_instance;

  PodiumSession *session;
  gboolean       in_grid;
  gboolean       by_organization;
  GdkRGBA        color;

  GtkWidget     *time_label;
  GtkWidget     *title_label;
  GtkWidget     *roles_label;
  GtkWidget     *badge;
  GtkWidget     *handle;

  GtkGesture    *resize_gesture;
  gboolean       resizing;       /* between the lower edge's drag-begin and its end or cancel */
  int            height_hint;
  gboolean       time_allowed;
  double         grab_x;
  double         grab_y;
  gboolean       clicking;
  gboolean       compact;        /* one line of title, no time */
  gboolean       is_peek;        /* the grid's full view of a compact card */
  gboolean       hovered;
  gboolean       focused;
  gboolean       peeking;        /* compact, and hovered or focused: the grid shows its peek */
  guint          n_allocations;
};

G_DEFINE_FINAL_TYPE (PodiumSessionCard, podium_session_card, GTK_TYPE_WIDGET)

enum {
  SELECTED,
  RESIZE_UPDATE,
  RESIZE_END,
  PEEK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The GNOME palette, tinted onto the card background by the snapshot */
static const char * const kind_colors[] = {
  [PODIUM_SESSION_GREETING]      = "#9141ac",
  [PODIUM_SESSION_KEYNOTE]       = "#e01b24",
  [PODIUM_SESSION_TALK]          = "#3584e4",
  [PODIUM_SESSION_IMPULSE]       = "#ff7800",
  [PODIUM_SESSION_VIDEO_MESSAGE] = "#d56199",
  [PODIUM_SESSION_PANEL]         = "#2190a4",
  [PODIUM_SESSION_BREAKOUT]      = "#2ec27e",
  [PODIUM_SESSION_WORKSHOP]      = "#e5a50a",
  [PODIUM_SESSION_BREAK]         = "#b5835a",
  [PODIUM_SESSION_MEAL]          = "#986a44",
  [PODIUM_SESSION_NETWORKING]    = "#62a0ea",
  [PODIUM_SESSION_OTHER]         = "#77767b",
};

static const char * const organization_palette[] = {
  "#3584e4", "#2ec27e", "#e5a50a", "#ff7800", "#e01b24", "#9141ac", "#986a44", "#2190a4",
  "#d56199",
};

static PodiumOrganization *
find_organization (PodiumSession *session)
{
  GListModel *roles = podium_session_get_roles (session);
  PodiumOrganization *found = NULL;
  guint n = g_list_model_get_n_items (roles);

  /* Moderation decides the colour, as it is the agency that "owns" a theme room */
  for (int pass = 0; pass < 2 && found == NULL; pass++)
    for (guint i = 0; i < n && found == NULL; i++)
      {
        g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);
        PodiumOrganization *organization = podium_role_get_organization (role);
        PodiumPerson *person = podium_role_get_person (role);

        if (pass == 0 && podium_role_get_role (role) != PODIUM_ROLE_MODERATOR)
          continue;
        if (organization == NULL && person != NULL)
          organization = podium_person_get_organization (person);
        found = organization;
      }

  return found;
}

void
podium_session_card_get_color (PodiumSession *session,
                               gboolean       by_organization,
                               GdkRGBA       *color)
{
  PodiumSessionKind kind;

  g_return_if_fail (PODIUM_IS_SESSION (session));
  g_return_if_fail (color != NULL);

  if (by_organization)
    {
      PodiumOrganization *organization = find_organization (session);
      const char *spec;

      if (organization == NULL)
        {
          gdk_rgba_parse (color, "#9a9996");
          return;
        }
      spec = podium_organization_get_color (organization);
      if (spec == NULL || !gdk_rgba_parse (color, spec))
        {
          const char *id = podium_object_get_id (PODIUM_OBJECT (organization));
          guint hash = g_str_hash (id ? id : "");

          gdk_rgba_parse (color, organization_palette[hash % G_N_ELEMENTS (organization_palette)]);
        }
      return;
    }

  kind = podium_session_get_kind (session);
  if ((guint) kind >= G_N_ELEMENTS (kind_colors))
    kind = PODIUM_SESSION_OTHER;
  gdk_rgba_parse (color, kind_colors[kind]);
}

char *
podium_session_card_describe (PodiumSession *session)
{
  g_autofree char *place = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  const char *title;

  g_return_val_if_fail (PODIUM_IS_SESSION (session), NULL);

  title = podium_session_get_title (session);
  if (title == NULL || *title == '\0')
    title = _("Untitled session");
  place = podium_labels_session_place (session);

  if (!podium_session_is_scheduled (session) && podium_session_get_start (session) != PODIUM_TIME_NONE)
    {
      start = podium_time_format_clock (podium_time_get_clock (podium_session_get_start (session)));
      /* TRANSLATORS: accessible name of a session with a time but no room: title, start */
      return g_strdup_printf (_("%s, %s, no room"), title, start);
    }
  if (!podium_session_is_scheduled (session))
    /* TRANSLATORS: accessible name of an unscheduled session card: title, "Not scheduled" */
    return g_strdup_printf (C_("accessible name", "%s, %s"), title, place);

  start = podium_time_format_clock (podium_time_get_clock (podium_session_get_start (session)));
  end = podium_time_format_clock (podium_time_get_clock (podium_session_get_end (session)));
  /* TRANSLATORS: accessible name of a session card: title, room, start, end:
   * "Grußwort, Plenarsaal, 10:00 to 10:10" */
  return g_strdup_printf (_("%s, %s, %s to %s"), title, place, start, end);
}

static void
set_label (GtkWidget  *label,
           const char *text)
{
  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
}

/* A short card's one line is all title: in a column 170 pixels wide a start time in front
 * leaves "10:20 · Videobotschaft …" for each of three video messages in a row, while the
 * title alone tells them apart. The card's place on the axis, the peek, the tooltip and the
 * accessible name give the time.
 */
static void
update_title (PodiumSessionCard *self)
{
  const char *title = podium_session_get_title (self->session);

  if (title == NULL || *title == '\0')
    title = _("Untitled session");
  set_label (self->title_label, title);
}

/* Whether the title lost words to the card's height: compact, or a short card's title
 * cut with an ellipsis */
static gboolean
title_is_cut (PodiumSessionCard *self)
{
  if (self->compact)
    return TRUE;
  return gtk_widget_get_child_visible (self->title_label) &&
         pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (self->title_label)));
}

/* A card whose title is cut, under the pointer or with the focus, asks the grid for its
 * peek, except while it is dragged or resized, when the peek would hide where it goes */
static void
update_peek (PodiumSessionCard *self)
{
  gboolean peeking = self->in_grid && self->session != NULL &&
                     (self->hovered || self->focused) && !self->resizing &&
                     !gtk_widget_has_css_class (GTK_WIDGET (self), "dragging") &&
                     title_is_cut (self);

  if (peeking == self->peeking)
    return;
  self->peeking = peeking;
  g_signal_emit (self, signals[PEEK], 0, peeking);
}

/* Drag and drop */

static void get_css_box (GtkWidget *widget,
                         GtkBorder *box);

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource     *source,
                    double             x,
                    double             y,
                    PodiumSessionCard *self)
{
  if (self->session == NULL)
    return NULL;

  GtkBorder box;

  /* The offset counts from the card's outer edge, where its start time is */
  get_css_box (GTK_WIDGET (self), &box);
  self->grab_x = x + box.left;
  self->grab_y = y + box.top;
  return gdk_content_provider_new_typed (PODIUM_TYPE_SESSION, self->session);
}

static void
on_drag_begin_cb (GtkDragSource     *source,
                  GdkDrag           *drag,
                  PodiumSessionCard *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));
  double *grab_y = g_new (double, 1);
  GtkWidget *widget = GTK_WIDGET (self);
  double x = self->grab_x;

  /* The icon is a snapshot of the card, held where the pointer grabbed it */
  *grab_y = self->grab_y;
  g_object_set_data_full (G_OBJECT (drag), "podium-grab-y", grab_y, g_free);
  g_object_set_data_full (G_OBJECT (drag), "podium-session",
                          g_object_ref (self->session), g_object_unref);
  gtk_drag_source_set_icon (source, gdk_paintable_get_current_image (paintable),
                            (int) CLAMP (x, 0, gtk_widget_get_width (widget)),
                            (int) CLAMP (self->grab_y, 0, gtk_widget_get_height (widget)));
  gtk_widget_add_css_class (widget, "dragging");
  update_peek (self);
  podium_drag_cancel_on_escape (drag);
}

static void
on_drag_end_cb (GtkDragSource     *source,
                GdkDrag           *drag,
                gboolean           delete_data,
                PodiumSessionCard *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragging");
  update_peek (self);
}

static void
on_handle_drag_begin_cb (GtkGestureDrag    *gesture,
                         double             x,
                         double             y,
                         PodiumSessionCard *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* Claiming keeps the card's own drag source from starting a move */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_add_css_class (GTK_WIDGET (self), "resizing");
  self->resizing = TRUE;
  update_peek (self);
}

static void
on_handle_drag_update_cb (GtkGestureDrag    *gesture,
                          double             dx,
                          double             dy,
                          PodiumSessionCard *self)
{
  if (self->resizing)
    g_signal_emit (self, signals[RESIZE_UPDATE], 0, dy);
}

static void
on_handle_drag_end_cb (GtkGestureDrag    *gesture,
                       double             dx,
                       double             dy,
                       PodiumSessionCard *self)
{
  /* A cancelled gesture still ends: its cancel already reported the end */
  if (!self->resizing)
    return;
  self->resizing = FALSE;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "resizing");
  g_signal_emit (self, signals[RESIZE_END], 0, dy, FALSE);
  update_peek (self);
}

static void
on_handle_drag_cancel_cb (GtkGesture        *gesture,
                          GdkEventSequence  *sequence,
                          PodiumSessionCard *self)
{
  if (!self->resizing)
    return;
  self->resizing = FALSE;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "resizing");
  g_signal_emit (self, signals[RESIZE_END], 0, 0.0, TRUE);
  update_peek (self);
}

static void
on_click_pressed_cb (GtkGestureClick   *gesture,
                     int                n_press,
                     double             x,
                     double             y,
                     PodiumSessionCard *self)
{
  self->clicking = TRUE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->clicking = FALSE;
  g_signal_emit (self, signals[SELECTED], 0, FALSE);
}

static void
on_focus_enter_cb (GtkEventControllerFocus *controller,
                   PodiumSessionCard       *self)
{
  self->focused = TRUE;
  update_peek (self);
  if (!self->clicking)
    g_signal_emit (self, signals[SELECTED], 0, TRUE);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   PodiumSessionCard       *self)
{
  self->focused = FALSE;
  update_peek (self);
}

static void
on_motion_enter_cb (GtkEventControllerMotion *controller,
                    double                    x,
                    double                    y,
                    PodiumSessionCard        *self)
{
  self->hovered = TRUE;
  update_peek (self);
}

static void
on_motion_leave_cb (GtkEventControllerMotion *controller,
                    PodiumSessionCard        *self)
{
  self->hovered = FALSE;
  update_peek (self);
}

static gboolean
on_query_tooltip_cb (GtkWidget         *widget,
                     int                x,
                     int                y,
                     gboolean           keyboard,
                     GtkTooltip        *tooltip,
                     PodiumSessionCard *self)
{
  g_autofree char *description = NULL;
  g_autofree char *roles = NULL;
  const char *conflict;
  GString *text;

  if (self->session == NULL)
    return FALSE;

  description = podium_session_card_describe (self->session);
  roles = podium_labels_session_roles (self->session);
  text = g_string_new (description);
  if (roles && *roles)
    g_string_append_printf (text, "\n%s", roles);
  conflict = gtk_widget_get_tooltip_text (self->badge);
  if (gtk_widget_get_visible (self->badge) && conflict)
    g_string_append_printf (text, "\n⚠ %s", conflict);
  gtk_tooltip_set_text (tooltip, text->str);
  g_string_free (text, TRUE);
  return TRUE;
}

/* Asked for when the pointer rests on the handle: gtk_widget_set_tooltip_text() on a
 * visible widget asks the X server where the pointer is (a round trip) for every card made,
 * a fifth of the time opening FOSDEM 2020 took */
static gboolean
on_handle_query_tooltip_cb (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip,
                            gpointer    data)
{
  gtk_tooltip_set_text (tooltip, _("Drag to change the length"));
  return TRUE;
}

/* Layout: the labels stack from the top and those that do not fit the card's height are
 * hidden, so a five-minute card shows its title only. Sizes here are of the content box;
 * CSS padding and border lie around it.
 */

static GtkSizeRequestMode
podium_session_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
get_css_box (GtkWidget *widget,
             GtkBorder *box)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GtkBorder border;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_padding (context, box);
  gtk_style_context_get_border (context, &border);
  G_GNUC_END_IGNORE_DEPRECATIONS
  box->left += border.left;
  box->right += border.right;
  box->top += border.top;
  box->bottom += border.bottom;
}

static void
podium_session_card_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  PodiumSessionCard *self = PODIUM_SESSION_CARD (widget);
  GtkWidget *labels[] = { self->time_label, self->title_label, self->roles_label };
  int inner, height = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = STRIPE_WIDTH + 24;
      *natural = STRIPE_WIDTH + 200;
      return;
    }

  inner = for_size < 0 ? 200 : MAX (1, for_size - STRIPE_WIDTH);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      int child_min = 0;

      if (!gtk_widget_get_visible (labels[i]))
        continue;
      gtk_widget_measure (labels[i], GTK_ORIENTATION_VERTICAL, inner, &child_min, NULL, NULL, NULL);
      height += child_min;
    }
  /* In the grid the layout decides the height; in the tray the text does */
  *minimum = self->in_grid ? 0 : height;
  *natural = height;
}

static void
podium_session_card_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  PodiumSessionCard *self = PODIUM_SESSION_CARD (widget);
  GtkWidget *labels[] = { self->time_label, self->title_label, self->roles_label };
  int inner = MAX (1, width - STRIPE_WIDTH);
  int y = 0, badge_size = 0;
  GtkBorder box;

  self->n_allocations++;
  if (gtk_widget_get_visible (self->badge))
    {
      gtk_widget_measure (self->badge, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &badge_size, NULL, NULL);
      gtk_widget_allocate (self->badge, badge_size, badge_size, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width - badge_size,
                                                                                MIN (1, height - badge_size))));
    }

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      int w = inner, child_height = 0, natural_height = 0;
      gboolean fits;

      if (!gtk_widget_get_visible (labels[i]))
        continue;
      /* The first line leaves room for the conflict badge */
      if (badge_size && (labels[i] == self->time_label || !self->time_allowed))
        w = MAX (1, inner - badge_size - 4);
      /* Ellipsized labels ask for one line at least and all their lines at best */
      gtk_widget_measure (labels[i], GTK_ORIENTATION_VERTICAL, w,
                          &child_height, &natural_height, NULL, NULL);
      if (y + natural_height <= height + 3)
        child_height = natural_height;

      fits = y + child_height <= height + 3;
      if (labels[i] == self->time_label && !self->time_allowed)
        fits = FALSE;
      /* When there is room for one line only, it is the title */
      if (labels[i] == self->title_label && !fits && y == 0)
        fits = TRUE;
      gtk_widget_set_child_visible (labels[i], fits);
      if (!fits)
        continue;

      /* A lone line is centred in a short card */
      gtk_widget_allocate (labels[i], w, child_height, -1,
                           gsk_transform_translate (NULL,
                                                    &GRAPHENE_POINT_INIT (STRIPE_WIDTH,
                                                                          y == 0 && height < child_height + 4
                                                                          ? (height - child_height) / 2 : y)));
      y += child_height;
    }

  if (self->handle)
    {
      int handle_height;

      get_css_box (widget, &box);
      handle_height = CLAMP ((height + box.top + box.bottom) / 3, 3, HANDLE_HEIGHT);
      gtk_widget_measure (self->handle, GTK_ORIENTATION_VERTICAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_allocate (self->handle, width + box.left + box.right, handle_height, -1,
                           gsk_transform_translate (NULL,
                                                    &GRAPHENE_POINT_INIT (-box.left,
                                                                          height + box.bottom - handle_height)));
    }
}

static void
podium_session_card_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  PodiumSessionCard *self = PODIUM_SESSION_CARD (widget);
  GtkBorder box;
  graphene_rect_t rect;
  GdkRGBA tint = self->color;
  GskRoundedRect outline;

  /* Background, border and radius come from CSS; the colour of kind or organisation is
   * painted over it here, as per-card CSS providers would cost too much with 500 cards.
   */
  get_css_box (widget, &box);
  graphene_rect_init (&rect, -box.left, -box.top,
                      gtk_widget_get_width (widget) + box.left + box.right,
                      gtk_widget_get_height (widget) + box.top + box.bottom);
  gsk_rounded_rect_init_from_rect (&outline, &rect, MIN (8.f, rect.size.height / 2.f));
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  tint.alpha = gtk_widget_has_css_class (widget, "cancelled") ? 0.08 : 0.2;
  gtk_snapshot_append_color (snapshot, &tint, &rect);
  gtk_snapshot_append_color (snapshot, &self->color,
                             &GRAPHENE_RECT_INIT (rect.origin.x, rect.origin.y,
                                                  STRIPE_WIDTH, rect.size.height));
  gtk_snapshot_pop (snapshot);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
podium_session_card_dispose (GObject *object)
{
  PodiumSessionCard *self = PODIUM_SESSION_CARD (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (podium_session_card_parent_class)->dispose (object);
}

static void
podium_session_card_class_init (PodiumSessionCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = podium_session_card_dispose;
  widget_class->get_request_mode = podium_session_card_get_request_mode;
  widget_class->measure = podium_session_card_measure;
  widget_class->size_allocate = podium_session_card_size_allocate;
  widget_class->snapshot = podium_session_card_snapshot;

  signals[SELECTED] =
    g_signal_new ("selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  signals[RESIZE_UPDATE] =
    g_signal_new ("resize-update", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);
  signals[RESIZE_END] =
    g_signal_new ("resize-end", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_BOOLEAN);
  signals[PEEK] =
    g_signal_new ("peek", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_css_name (widget_class, "sessioncard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
podium_session_card_init (PodiumSessionCard *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkDragSource *source;
  GtkGesture *click;
  GtkEventController *focus;
  GtkEventController *motion;

  self->time_allowed = TRUE;
  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);

  self->time_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->time_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->time_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (self->time_label), TRUE);
  gtk_widget_add_css_class (self->time_label, "time");
  gtk_widget_set_parent (self->time_label, widget);

  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_ellipsize (GTK_LABEL (self->title_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (self->title_label), 3);
  gtk_widget_add_css_class (self->title_label, "title");
  gtk_widget_set_parent (self->title_label, widget);

  self->roles_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->roles_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->roles_label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (self->roles_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (self->roles_label), 2);
  gtk_widget_add_css_class (self->roles_label, "roles");
  gtk_widget_set_parent (self->roles_label, widget);

  self->badge = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (self->badge, "conflict-badge");
  gtk_widget_set_visible (self->badge, FALSE);
  gtk_widget_set_parent (self->badge, widget);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (source, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (source));

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (on_focus_enter_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (widget, focus);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion_enter_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_motion_leave_cb), self);
  gtk_widget_add_controller (widget, motion);
}

GtkWidget *
podium_session_card_new (gboolean in_grid)
{
  PodiumSessionCard *self = g_object_new (PODIUM_TYPE_SESSION_CARD, NULL);

  self->in_grid = in_grid;
  if (in_grid)
    {
      GtkGesture *drag = gtk_gesture_drag_new ();
      g_autoptr(GdkCursor) cursor = gdk_cursor_new_from_name ("ns-resize", NULL);

      self->handle = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->handle, "resize-handle");
      gtk_widget_set_cursor (self->handle, cursor);
      gtk_widget_set_has_tooltip (self->handle, TRUE);
      g_signal_connect (self->handle, "query-tooltip", G_CALLBACK (on_handle_query_tooltip_cb), NULL);
      /* A pointer's grip: keyboard and screen reader users change the length in the
       * inspector, and the card itself is the button they are read */
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->handle),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_set_parent (self->handle, GTK_WIDGET (self));
      g_signal_connect (drag, "drag-begin", G_CALLBACK (on_handle_drag_begin_cb), self);
      g_signal_connect (drag, "drag-update", G_CALLBACK (on_handle_drag_update_cb), self);
      g_signal_connect (drag, "drag-end", G_CALLBACK (on_handle_drag_end_cb), self);
      g_signal_connect (drag, "cancel", G_CALLBACK (on_handle_drag_cancel_cb), self);
      gtk_widget_add_controller (self->handle, GTK_EVENT_CONTROLLER (drag));
      self->resize_gesture = drag;
      gtk_widget_add_css_class (GTK_WIDGET (self), "in-grid");
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "in-tray");

  return GTK_WIDGET (self);
}

/* The grid's view of a compact card: the card as if it were tall enough for its time, its
 * whole title and its roles. It only shows; the pointer passes through it to the cards and
 * the drop target below, and screen readers hear the card itself.
 */
GtkWidget *
podium_session_card_new_peek (void)
{
  PodiumSessionCard *self = g_object_new (PODIUM_TYPE_SESSION_CARD, NULL);
  GtkWidget *widget = GTK_WIDGET (self);

  self->is_peek = TRUE;
  gtk_widget_set_can_target (widget, FALSE);
  gtk_widget_set_focusable (widget, FALSE);
  gtk_widget_set_has_tooltip (widget, FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_lines (GTK_LABEL (self->title_label), -1);
  gtk_label_set_ellipsize (GTK_LABEL (self->title_label), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_lines (GTK_LABEL (self->roles_label), -1);
  gtk_label_set_ellipsize (GTK_LABEL (self->roles_label), PANGO_ELLIPSIZE_NONE);
  gtk_widget_add_css_class (widget, "peek");
  return widget;
}

PodiumSession *
podium_session_card_get_session (PodiumSessionCard *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION_CARD (self), NULL);

  return self->session;
}

void
podium_session_card_set_session (PodiumSessionCard *self,
                                 PodiumSession     *session)
{
  g_return_if_fail (PODIUM_IS_SESSION_CARD (self));
  g_return_if_fail (session == NULL || PODIUM_IS_SESSION (session));

  if (g_set_object (&self->session, session))
    podium_session_card_update (self);
  /* A card put aside is no longer under the pointer for the session it shows next */
  if (session == NULL)
    self->hovered = FALSE;
  update_peek (self);
}

void
podium_session_card_update (PodiumSessionCard *self)
{
  GtkWidget *widget;
  g_autofree char *time = NULL;
  g_autofree char *roles = NULL;
  g_autofree char *description = NULL;
  GdkRGBA color;

  g_return_if_fail (PODIUM_IS_SESSION_CARD (self));

  if (self->session == NULL)
    return;

  widget = GTK_WIDGET (self);
  if (self->in_grid || self->is_peek)
    time = podium_labels_time_range (podium_session_get_start (self->session),
                                     podium_session_get_end (self->session));
  else
    /* TRANSLATORS: kind and length of an unscheduled session, "Talk · 30 min" */
    time = g_strdup_printf (_("%s · %d min"),
                            podium_labels_session_kind (podium_session_get_kind (self->session)),
                            podium_session_get_duration (self->session));
  roles = podium_labels_session_roles (self->session);

  set_label (self->time_label, time);
  update_title (self);
  set_label (self->roles_label, roles);

  if (podium_session_get_status (self->session) == PODIUM_STATUS_CANCELLED)
    gtk_widget_add_css_class (widget, "cancelled");
  else
    gtk_widget_remove_css_class (widget, "cancelled");
  if (podium_session_get_all_rooms (self->session))
    gtk_widget_add_css_class (widget, "all-rooms");
  else
    gtk_widget_remove_css_class (widget, "all-rooms");

  podium_session_card_get_color (self->session, self->by_organization, &color);
  if (!gdk_rgba_equal (&color, &self->color))
    {
      self->color = color;
      gtk_widget_queue_draw (widget);
    }

  description = podium_session_card_describe (self->session);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, roles,
                                  -1);
}

void
podium_session_card_set_color_by_organization (PodiumSessionCard *self,
                                               gboolean           by_organization)
{
  g_return_if_fail (PODIUM_IS_SESSION_CARD (self));

  by_organization = !!by_organization;
  if (self->by_organization == by_organization)
    return;
  self->by_organization = by_organization;
  podium_session_card_update (self);
}

void
podium_session_card_set_conflict (PodiumSessionCard *self,
                                  const char        *reason)
{
  gboolean visible;

  g_return_if_fail (PODIUM_IS_SESSION_CARD (self));

  visible = reason != NULL && *reason != '\0';
  if (g_strcmp0 (gtk_widget_get_tooltip_text (self->badge), reason) != 0)
    gtk_widget_set_tooltip_text (self->badge, reason);
  if (visible == gtk_widget_get_visible (self->badge))
    return;
  gtk_widget_set_visible (self->badge, visible);
  if (visible)
    gtk_widget_add_css_class (GTK_WIDGET (self), "conflict");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "conflict");
}

void
podium_session_card_set_selected (PodiumSessionCard *self,
                                  gboolean           selected)
{
  g_return_if_fail (PODIUM_IS_SESSION_CARD (self));

  if (selected)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_SELECTED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_SELECTED);
}

guint
podium_session_card_get_allocations (PodiumSessionCard *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION_CARD (self), 0);

  return self->n_allocations;
}

gboolean
podium_session_card_get_peeking (PodiumSessionCard *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION_CARD (self), FALSE);

  return self->peeking;
}

void
podium_session_card_cancel_resize (PodiumSessionCard *self)
{
  g_return_if_fail (PODIUM_IS_SESSION_CARD (self));

  if (self->resize_gesture)
    gtk_event_controller_reset (GTK_EVENT_CONTROLLER (self->resize_gesture));
}

void
podium_session_card_set_height_hint (PodiumSessionCard *self,
                                     int                height)
{
  int lines = 3, available;
  gboolean compact;

  g_return_if_fail (PODIUM_IS_SESSION_CARD (self));

  if (self->height_hint == height)
    return;
  self->height_hint = height;

  /* Short cards drop their padding and show one line of title */
  compact = height < 30;
  available = height - 9;
  self->time_allowed = !compact && available >= SMALL_LINE + TITLE_LINE;
  if (self->time_allowed)
    available -= SMALL_LINE;
  lines = compact ? 1 : CLAMP (available / TITLE_LINE, 1, 3);

  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
  if (compact != self->compact)
    {
      self->compact = compact;
      update_peek (self);
    }
  if (gtk_label_get_lines (GTK_LABEL (self->title_label)) != lines)
    gtk_label_set_lines (GTK_LABEL (self->title_label), lines);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}
