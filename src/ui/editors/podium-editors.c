/* podium-editors.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-editors.h"
#include "podium-accessible.h"
#include "podium-form.h"
#include "podium-plan.h"
#include "podium-ui.h"
#include "podium-video-panel.h"

/* What an editor's callbacks need: the document and the object being edited */
typedef struct
{
  PodiumDocument *document;
  gpointer        object;
  GtkWidget      *widget;   /* optional, not owned */
  GtkWidget      *other;    /* optional, not owned */
  GtkWidget      *third;    /* optional, not owned */
  GtkWidget      *fourth;   /* optional, not owned */
  char           *signature;
  GArray         *dates;    /* what each day choice means */
} Ctx;

static Ctx *
ctx_new (PodiumDocument *document,
         gpointer        object)
{
  Ctx *ctx = g_new0 (Ctx, 1);

  ctx->document = g_object_ref (document);
  ctx->object = object ? g_object_ref (object) : NULL;
  return ctx;
}

static void
ctx_free (Ctx *ctx)
{
  g_clear_object (&ctx->document);
  g_clear_object (&ctx->object);
  g_free (ctx->signature);
  g_clear_pointer (&ctx->dates, g_array_unref);
  g_free (ctx);
}

static Ctx *
ctx_attach (GtkWidget      *widget,
            PodiumDocument *document,
            gpointer        object)
{
  Ctx *ctx = ctx_new (document, object);

  ctx->widget = widget;
  g_object_set_data_full (G_OBJECT (widget), "podium-ctx", ctx, (GDestroyNotify) ctx_free);
  return ctx;
}

static Ctx *
ctx_get (gpointer widget)
{
  return g_object_get_data (G_OBJECT (widget), "podium-ctx");
}

/* The editors that are template classes: their struct starts with an Editor, and they share
 * the "document" and "object" properties (set once, when made), which the rows of the .ui
 * are bound to */
typedef struct
{
  AdwPreferencesPage  parent_instance;
  PodiumDocument     *document;
  GObject            *object;
} Editor;

enum
{
  EDITOR_PROP_0,
  EDITOR_PROP_DOCUMENT,
  EDITOR_PROP_OBJECT,
  EDITOR_N_PROPS
};

static void
editor_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  Editor *editor = (Editor *) object;

  switch (prop_id)
    {
    case EDITOR_PROP_DOCUMENT:
      g_value_set_object (value, editor->document);
      break;

    case EDITOR_PROP_OBJECT:
      g_value_set_object (value, editor->object);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
editor_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  Editor *editor = (Editor *) object;

  switch (prop_id)
    {
    case EDITOR_PROP_DOCUMENT:
      editor->document = g_value_dup_object (value);
      break;

    case EDITOR_PROP_OBJECT:
      editor->object = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
editor_dispose (GObject *object)
{
  Editor *editor = (Editor *) object;
  GObjectClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (object));

  gtk_widget_dispose_template (GTK_WIDGET (object), G_OBJECT_TYPE (object));
  g_clear_object (&editor->document);
  g_clear_object (&editor->object);

  parent_class->dispose (object);
}

static void
editor_class_init (GObjectClass *object_class,
                   GType         object_type,
                   const char   *resource)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = editor_get_property;
  object_class->set_property = editor_set_property;
  object_class->dispose = editor_dispose;

  g_object_class_install_property (object_class, EDITOR_PROP_DOCUMENT,
                                   g_param_spec_object ("document", NULL, NULL,
                                                        PODIUM_TYPE_DOCUMENT, flags));
  g_object_class_install_property (object_class, EDITOR_PROP_OBJECT,
                                   g_param_spec_object ("object", NULL, NULL,
                                                        object_type, flags));

  /* the row classes the .ui files name */
  g_type_ensure (PODIUM_TYPE_TEXT_ROW);
  g_type_ensure (PODIUM_TYPE_CLOCK_ROW);
  g_type_ensure (PODIUM_TYPE_DATE_ROW);
  g_type_ensure (PODIUM_TYPE_SPIN_ROW);
  g_type_ensure (PODIUM_TYPE_SWITCH_ROW);
  g_type_ensure (PODIUM_TYPE_ENUM_ROW);
  g_type_ensure (PODIUM_TYPE_REF_ROW);
  g_type_ensure (PODIUM_TYPE_COLOR_ROW);
  g_type_ensure (PODIUM_TYPE_TEXT_AREA);

  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (object_class), resource);
}

/* Called first in each editor's constructed(): the template's rows were bound to the editor's
 * properties before these were set, so they learn them now */
static void
editor_constructed (GObject *object)
{
  Editor *editor = (Editor *) object;

  g_assert (PODIUM_IS_DOCUMENT (editor->document) && editor->object != NULL);
  g_object_notify (object, "document");
  g_object_notify (object, "object");
}

/* See podium_accessible_drop_mnemonic_names() */
static GtkWidget *
mnemonic_button_new (const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  podium_accessible_drop_mnemonic_names (button);
  return button;
}

static GtkWidget *
group_new (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static void
group_add (GtkWidget *group,
           GtkWidget *child)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), child);
}

static GtkWidget *
boxed_list_new (const char *placeholder)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *label = gtk_label_new (placeholder);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), label);
  return list;
}

static void
list_clear (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL &&
         GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

gboolean
podium_role_counts_for (PodiumRole         *role,
                        PodiumOrganization *organization)
{
  PodiumOrganization *held_by = podium_role_get_organization (role);
  PodiumPerson *person = podium_role_get_person (role);

  if (held_by != NULL)
    return held_by == organization;
  return person != NULL && podium_person_get_organization (person) == organization;
}

/* "Monday, 20 November 2023 · 10:00–10:30 · Plenarsaal" */
static char *
session_when_where (PodiumSession *session)
{
  g_autofree char *place = podium_labels_session_place (session);
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  gint64 start = podium_session_get_start (session);

  if (start == PODIUM_TIME_NONE)
    return g_steal_pointer (&place);

  date = podium_labels_date (podium_time_get_date (start));
  time = podium_labels_time_range (start, podium_session_get_end (session));
  return g_strdup_printf ("%s · %s · %s", date, time, place);
}

static GtkWidget *
session_row_new (PodiumSession *session,
                 const char    *prefix)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *where = session_when_where (session);
  g_autofree char *subtitle = prefix ? g_strdup_printf ("%s · %s", prefix, where)
                                     : g_steal_pointer (&where);
  const char *title = podium_session_get_title (session);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title && *title ? title : _("Untitled Session"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s",
                                    podium_object_get_id (PODIUM_OBJECT (session)));
  gtk_widget_set_tooltip_text (row, _("Show in the Schedule"));
  return row;
}

/* Which sessions a list shows, and with what prefix; NULL skips the session */
typedef char *(*SessionFilter) (PodiumSession *session,
                                gpointer       object);

static void
refresh_session_list (GtkWidget *list)
{
  Ctx *ctx = ctx_get (list);
  SessionFilter filter = g_object_get_data (G_OBJECT (list), "filter");
  g_autoptr(GPtrArray) sessions = podium_document_list_sessions_by_time (ctx->document);
  GListModel *all = podium_document_get_sessions (ctx->document);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) signature = g_string_new (NULL);

  /* scheduled sessions in time order, then the unscheduled ones */
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (all, i);

      if (!podium_session_is_scheduled (session))
        g_ptr_array_add (sessions, g_object_ref (session));
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      PodiumSession *session = g_ptr_array_index (sessions, i);
      g_autofree char *prefix = filter (session, ctx->object);
      g_autofree char *where = NULL;

      if (prefix == NULL)
        continue;
      where = session_when_where (session);
      g_string_append_printf (signature, "%p\x1f%s\x1f%s\x1f%s\x1e", session, prefix,
                              podium_session_get_title (session), where);
      g_ptr_array_add (rows, g_object_ref_sink (session_row_new (session, *prefix ? prefix : NULL)));
    }

  if (g_strcmp0 (ctx->signature, signature->str) == 0)
    return;
  g_free (ctx->signature);
  ctx->signature = g_strdup (signature->str);

  list_clear (list);
  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), g_ptr_array_index (rows, i));
}

static GtkWidget *
session_list_new (PodiumDocument *document,
                  gpointer        object,
                  SessionFilter   filter,
                  const char     *placeholder)
{
  GtkWidget *list = boxed_list_new (placeholder);

  ctx_attach (list, document, object);
  g_object_set_data (G_OBJECT (list), "filter", filter);
  refresh_session_list (list);
  podium_form_follow_document (list, document, G_CALLBACK (refresh_session_list));
  return list;
}

/* "Moderation, Impulse" — the roles @match accepts in @session, or NULL for none */
static char *
roles_matching (PodiumSession *session,
                gboolean     (*match) (PodiumRole *role, gpointer object),
                gpointer       object)
{
  GListModel *roles = podium_session_get_roles (session);
  g_autoptr(GString) str = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);

      if (!match (role, object))
        continue;
      if (str == NULL)
        str = g_string_new (NULL);
      else
        g_string_append (str, ", ");
      g_string_append (str, podium_labels_role (podium_role_get_role (role)));
    }
  return str ? g_string_free (g_steal_pointer (&str), FALSE) : NULL;
}

static gboolean
role_is_person (PodiumRole *role,
                gpointer    person)
{
  return podium_role_get_person (role) == person;
}

static char *
person_filter (PodiumSession *session,
               gpointer       person)
{
  return roles_matching (session, role_is_person, person);
}

static gboolean
role_is_organization (PodiumRole *role,
                      gpointer    organization)
{
  return podium_role_counts_for (role, organization);
}

static char *
organization_filter (PodiumSession *session,
                     gpointer       organization)
{
  return roles_matching (session, role_is_organization, organization);
}

static char *
room_filter (PodiumSession *session,
             gpointer       room)
{
  if (podium_session_get_room (session) == room || podium_session_get_all_rooms (session))
    return g_strdup ("");
  return NULL;
}

/* Session: day, start, room */

static int
default_date (PodiumDocument *document)
{
  int date = podium_conference_get_start_date (podium_document_get_conference (document));

  if (date == PODIUM_DATE_NONE)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *text = g_date_time_format (now, "%Y-%m-%d");

      podium_time_parse_date (text, &date);
    }
  return date;
}

static GStrv
day_choices (gpointer  data,
             guint    *selected)
{
  Ctx *ctx = data;
  PodiumConference *conference = podium_document_get_conference (ctx->document);
  int first = podium_conference_get_start_date (conference);
  int last = podium_conference_get_end_date (conference);
  gint64 start = podium_session_get_start (ctx->object);
  int date = start == PODIUM_TIME_NONE ? PODIUM_DATE_NONE : podium_time_get_date (start);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (int));
  int none = PODIUM_DATE_NONE;

  g_array_append_val (dates, none);
  if (first != PODIUM_DATE_NONE)
    {
      if (last == PODIUM_DATE_NONE || last < first)
        last = first;
      for (int d = first; d <= last && d - first < 60; d++)
        g_array_append_val (dates, d);
    }
  if (date != PODIUM_DATE_NONE && (first == PODIUM_DATE_NONE || date < first || date > last))
    g_array_append_val (dates, date);

  *selected = 0;
  for (guint i = 0; i < dates->len; i++)
    {
      int d = g_array_index (dates, int, i);

      if (d == PODIUM_DATE_NONE)
        g_strv_builder_add (builder, _("Not scheduled"));
      else
        {
          g_autofree char *label = podium_labels_date (d);
          g_strv_builder_add (builder, label);
        }
      if (d == date)
        *selected = i;
    }

  g_clear_pointer (&ctx->dates, g_array_unref);
  ctx->dates = g_array_ref (dates);
  return g_strv_builder_end (builder);
}

static void
choose_day (gpointer data,
            guint    position)
{
  Ctx *ctx = data;
  GArray *dates = ctx->dates;
  PodiumSession *session = ctx->object;
  gint64 start = podium_session_get_start (session);
  int clock;
  int date;

  if (dates == NULL || position >= dates->len)
    return;

  date = g_array_index (dates, int, position);
  if (date == PODIUM_DATE_NONE)
    {
      podium_document_unschedule (ctx->document, session);
      return;
    }

  clock = start != PODIUM_TIME_NONE
    ? podium_time_get_clock (start)
    : podium_conference_get_day_start (podium_document_get_conference (ctx->document));
  podium_document_edit (ctx->document, session, "start", podium_time_from_date (date, clock), NULL);
}

static char *
get_start_text (gpointer data)
{
  Ctx *ctx = data;
  gint64 start = podium_session_get_start (ctx->object);

  if (start == PODIUM_TIME_NONE)
    return g_strdup ("");
  return podium_time_format_clock (podium_time_get_clock (start));
}

static gboolean
set_start_text (gpointer    data,
                const char *text)
{
  Ctx *ctx = data;
  gint64 start = podium_session_get_start (ctx->object);
  int h, m, minutes;
  char sep;

  if (*text == '\0')
    {
      podium_document_edit (ctx->document, ctx->object, "start", PODIUM_TIME_NONE, NULL);
      return TRUE;
    }

  if (!podium_time_parse_clock (text, &minutes))
    {
      if (sscanf (text, "%d%c%d", &h, &sep, &m) == 3 && (sep == ':' || sep == '.') &&
          h >= 0 && h < 24 && m >= 0 && m < 60)
        minutes = h * 60 + m;
      else
        return FALSE;
    }

  podium_document_edit (ctx->document, ctx->object, "start",
                        podium_time_from_date (start != PODIUM_TIME_NONE
                                                 ? podium_time_get_date (start)
                                                 : default_date (ctx->document),
                                               minutes),
                        NULL);
  return TRUE;
}

/* The rooms first, then the two choices that are not a room: the whole venue at once
 * (a plenary break) and none (not scheduled) */
static GStrv
room_choices (gpointer  data,
              guint    *selected)
{
  Ctx *ctx = data;
  PodiumSession *session = ctx->object;
  GListModel *rooms = podium_document_get_rooms (ctx->document);
  guint n = g_list_model_get_n_items (rooms);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  PodiumRoom *room = podium_session_get_room (session);

  *selected = podium_session_get_all_rooms (session) ? n : n + 1;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumRoom) item = g_list_model_get_item (rooms, i);
      g_autofree char *label = podium_form_object_label (item);

      g_strv_builder_add (builder, label);
      if (item == room && !podium_session_get_all_rooms (session))
        *selected = i;
    }
  g_strv_builder_add (builder, _("All Rooms at Once"));
  g_strv_builder_add (builder, _("None (Not Scheduled)"));
  return g_strv_builder_end (builder);
}

static void
choose_room (gpointer data,
             guint    position)
{
  Ctx *ctx = data;
  PodiumSession *session = ctx->object;
  GListModel *rooms = podium_document_get_rooms (ctx->document);
  guint n = g_list_model_get_n_items (rooms);
  g_autoptr(PodiumRoom) room = NULL;
  gint64 start = podium_session_get_start (session);

  if (position < n)
    room = g_list_model_get_item (rooms, position);

  /* Putting a session in a room puts it in the grid: give it a time if it has none */
  if (start == PODIUM_TIME_NONE && position <= n)
    start = podium_time_from_date (default_date (ctx->document),
                                   podium_conference_get_day_start (podium_document_get_conference (ctx->document)));

  podium_document_edit (ctx->document, session,
                        "room", room,
                        "all-rooms", position == n,
                        "start", start,
                        NULL);
}

/* Languages by name: the ones the agencies' programmes are written in, then whatever
 * code a plan already holds */
static const struct { const char *code; const char *name; } languages[] = {
  { "de", N_("German") }, { "en", N_("English") }, { "fr", N_("French") },
  { "pl", N_("Polish") }, { "cs", N_("Czech") }, { "es", N_("Spanish") },
  { "it", N_("Italian") }, { "nl", N_("Dutch") }, { "da", N_("Danish") },
  { "sv", N_("Swedish") }, { "uk", N_("Ukrainian") }, { "ru", N_("Russian") },
  { "tr", N_("Turkish") }, { "ar", N_("Arabic") },
};

static GStrv
language_choices (gpointer  data,
                  guint    *selected)
{
  Ctx *ctx = data;
  g_autofree char *code = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_object_get (ctx->object, "language", &code, NULL);
  g_strv_builder_add (builder, _("Not Set"));
  *selected = 0;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_strv_builder_add (builder, _(languages[i].name));
      if (g_strcmp0 (code, languages[i].code) == 0)
        *selected = i + 1;
    }
  if (code && *code && *selected == 0)
    {
      g_strv_builder_add (builder, code);
      *selected = G_N_ELEMENTS (languages) + 1;
    }
  return g_strv_builder_end (builder);
}

static void
choose_language (gpointer data,
                 guint    position)
{
  Ctx *ctx = data;

  /* The last entry beyond the list is the code the plan holds: nothing changes */
  if (position > G_N_ELEMENTS (languages))
    return;
  podium_document_edit (ctx->document, ctx->object,
                        "language", position == 0 ? NULL : languages[position - 1].code,
                        NULL);
}

static int
compare_zones (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Time zones as tzdata lists them (zone1970.tab), read once in a worker thread: NULL
 * until then. The conference editors that wait for them (GWeakRef *) get their zone row
 * when they arrive. */
static GPtrArray *zone_list;
static GPtrArray *zone_list_waiting;

static void
read_time_zones_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  GPtrArray *read = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *contents = NULL;

  if (g_file_get_contents ("/usr/share/zoneinfo/zone1970.tab", &contents, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

      for (guint i = 0; lines[i]; i++)
        {
          g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 4);

          if (lines[i][0] != '#' && g_strv_length (fields) >= 3)
            g_ptr_array_add (read, g_strdup (fields[2]));
        }
    }
  g_ptr_array_add (read, g_strdup ("UTC"));
  g_ptr_array_sort (read, compare_zones);
  g_task_return_pointer (task, read, (GDestroyNotify) g_ptr_array_unref);
}

static void attach_time_zone_row (PodiumConferenceEditor *self);

static void
on_time_zones_read_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&zone_list_waiting);

  zone_list = g_task_propagate_pointer (G_TASK (result), NULL);
  for (guint i = 0; i < waiting->len; i++)
    {
      GWeakRef *ref = g_ptr_array_index (waiting, i);
      g_autoptr(PodiumConferenceEditor) editor = g_weak_ref_get (ref);

      if (editor)
        attach_time_zone_row (editor);
      g_weak_ref_clear (ref);
      g_free (ref);
    }
}

/* Calls attach_time_zone_row (@editor) once the zones are read, at once if they are */
static void
when_time_zones_read (PodiumConferenceEditor *editor)
{
  GWeakRef *ref;

  if (zone_list)
    {
      attach_time_zone_row (editor);
      return;
    }
  if (zone_list_waiting == NULL)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, on_time_zones_read_cb, NULL);

      zone_list_waiting = g_ptr_array_new ();
      g_task_set_source_tag (task, when_time_zones_read);
      g_task_run_in_thread (task, read_time_zones_thread);
    }
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, editor);
  g_ptr_array_add (zone_list_waiting, ref);
}

static GPtrArray *
time_zones (void)
{
  g_assert (zone_list != NULL);
  return zone_list;
}

static GStrv
time_zone_choices (gpointer  data,
                   guint    *selected)
{
  Ctx *ctx = data;
  const char *zone = podium_conference_get_time_zone (ctx->object);
  GPtrArray *zones = time_zones ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  *selected = GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < zones->len; i++)
    {
      g_strv_builder_add (builder, g_ptr_array_index (zones, i));
      if (g_strcmp0 (zone, g_ptr_array_index (zones, i)) == 0)
        *selected = i;
    }
  /* A zone this machine's tzdata does not list stays what it is */
  if (*selected == GTK_INVALID_LIST_POSITION)
    {
      g_strv_builder_add (builder, zone && *zone ? zone : _("Not Set"));
      *selected = zones->len;
    }
  return g_strv_builder_end (builder);
}

static void
choose_time_zone (gpointer data,
                  guint    position)
{
  Ctx *ctx = data;
  GPtrArray *zones = time_zones ();

  if (position < zones->len)
    podium_document_edit (ctx->document, ctx->object,
                          "time-zone", g_ptr_array_index (zones, position), NULL);
}

/* An image beside the plan (a logo, an emblem): a preview, where it is, Choose and Remove.
 * Stored relative to the plan's folder, like video files, so the plan can move with it. */

static GFile *
plan_folder (PodiumDocument *document)
{
  PodiumPlan *plan = podium_plan_get_for_document (document);
  GFile *location = plan ? podium_plan_get_location (plan) : NULL;

  return location ? g_file_get_parent (location) : NULL;
}

static void
on_image_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GtkPicture) picture = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  /* Cancelled: another image was chosen, or the row went */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (bytes != NULL)
    texture = gdk_texture_new_from_bytes (bytes, &error);
  if (texture == NULL)
    g_debug ("No preview of %s: %s", g_file_peek_path (G_FILE (object)), error->message);
  gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
}

static void
cancel_and_unref (gpointer data)
{
  g_cancellable_cancel (data);
  g_object_unref (data);
}

static void
refresh_image_row (GtkWidget *row)
{
  Ctx *ctx = ctx_get (row);
  const char *property = g_object_get_data (G_OBJECT (row), "property");
  GtkPicture *picture = g_object_get_data (G_OBJECT (row), "picture");
  GtkWidget *remove = g_object_get_data (G_OBJECT (row), "remove");
  g_autofree char *path = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) file = NULL;

  g_object_get (ctx->object, property, &path, NULL);
  if (g_strcmp0 (path, ctx->signature) == 0 && ctx->signature != NULL)
    return;
  g_free (ctx->signature);
  ctx->signature = g_strdup (path ? path : "");

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), path && *path ? path : _("None"));
  gtk_widget_set_sensitive (remove, path && *path);
  if (path && *path)
    {
      folder = plan_folder (ctx->document);
      file = g_path_is_absolute (path) || folder == NULL ? g_file_new_for_path (path)
                                                           : g_file_resolve_relative_path (folder, path);
    }
  /* The preview is read in the background: a logo may sit on a share */
  gtk_picture_set_paintable (picture, NULL);
  if (file != NULL)
    {
      GCancellable *cancellable = g_cancellable_new ();

      g_object_set_data_full (G_OBJECT (row), "image-loading", cancellable, cancel_and_unref);
      g_file_load_bytes_async (file, cancellable, on_image_loaded_cb, g_object_ref (picture));
    }
  else
    g_object_set_data (G_OBJECT (row), "image-loading", NULL);
}

static void
on_image_chosen_cb (GtkNativeDialog *chooser,
                    int              response,
                    GtkWidget       *row)
{
  Ctx *ctx = ctx_get (row);
  const char *property = g_object_get_data (G_OBJECT (row), "property");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *absolute = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;

  folder = plan_folder (ctx->document);
  relative = folder ? g_file_get_relative_path (folder, file) : NULL;
  absolute = g_file_get_path (file);
  if (relative || absolute)
    podium_document_edit (ctx->document, ctx->object, property, relative ? relative : absolute, NULL);
}

static void
on_image_choose_clicked_cb (GtkButton *button,
                            GtkWidget *row)
{
  Ctx *ctx = ctx_get (row);
  GtkRoot *root = gtk_widget_get_root (row);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();
  g_autoptr(GFile) folder = plan_folder (ctx->document);

  chooser = gtk_file_chooser_native_new (_("Choose an Image"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (images, _("SVG and PNG Images"));
  gtk_file_filter_add_mime_type (images, "image/svg+xml");
  gtk_file_filter_add_mime_type (images, "image/png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), images);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_image_chosen_cb), row, 0);
  podium_ui_show_chooser_in (GTK_NATIVE_DIALOG (chooser), folder, row);
}

static void
on_image_remove_clicked_cb (GtkButton *button,
                            GtkWidget *row)
{
  Ctx *ctx = ctx_get (row);

  podium_document_edit (ctx->document, ctx->object,
                        g_object_get_data (G_OBJECT (row), "property"), NULL, NULL);
}

/* @row: an AdwActionRow of a .ui, with its title */
static void
image_row_attach (GtkWidget      *row,
                  PodiumDocument *document,
                  gpointer        object,
                  const char     *property)
{
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *choose = gtk_button_new_with_label (_("Choose…"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("edit-clear-symbolic");

  gtk_widget_add_css_class (row, "property");
  gtk_widget_set_size_request (picture, 64, 40);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Preview"), -1);
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Image"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Image"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), picture);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), choose);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  ctx_attach (row, document, object);
  g_object_set_data (G_OBJECT (row), "property", (gpointer) g_intern_string (property));
  g_object_set_data (G_OBJECT (row), "picture", picture);
  g_object_set_data (G_OBJECT (row), "remove", remove);
  g_signal_connect (choose, "clicked", G_CALLBACK (on_image_choose_clicked_cb), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_image_remove_clicked_cb), row);
  refresh_image_row (row);
  podium_form_follow_document (row, document, G_CALLBACK (refresh_image_row));
}

/* Session: roles */

static void
on_remove_role_clicked_cb (GtkButton *button,
                           Ctx       *ctx)
{
  PodiumRole *role = g_object_get_data (G_OBJECT (button), "role");

  podium_document_remove_role (ctx->document, ctx->object, role);
}

static void
refresh_roles (GtkWidget *list)
{
  Ctx *ctx = ctx_get (list);
  GListModel *roles = podium_session_get_roles (ctx->object);
  g_autoptr(GString) signature = g_string_new (NULL);
  guint n = g_list_model_get_n_items (roles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);
      g_autofree char *holder = podium_labels_role_holder (role);

      g_string_append_printf (signature, "%p\x1f%d\x1f%s\x1e", role, podium_role_get_role (role), holder);
    }
  if (g_strcmp0 (ctx->signature, signature->str) == 0)
    return;
  g_free (ctx->signature);
  ctx->signature = g_strdup (signature->str);

  list_clear (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);
      g_autofree char *holder = podium_labels_role_holder (role);
      g_autofree char *remove_label = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), holder);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), podium_labels_role (podium_role_get_role (role)));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      /* TRANSLATORS: a button removing someone's role: "Remove Moderation: ThAFF" */
      remove_label = g_strdup_printf (_("Remove %s: %s"),
                                      podium_labels_role (podium_role_get_role (role)), holder);
      gtk_widget_set_tooltip_text (button, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_label, -1);
      g_object_set_data_full (G_OBJECT (button), "role", g_object_ref (role), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (on_remove_role_clicked_cb), ctx);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
}

static const char *
role_label (int value)
{
  return podium_labels_role (value);
}

static void
on_add_role_clicked_cb (GtkButton *button,
                        Ctx       *ctx)
{
  GtkWidget *kind_row = ctx->widget;
  GtkWidget *person_row = ctx->other;
  GtkWidget *org_row = ctx->third;
  PodiumPerson *person = podium_form_object_combo_get_selected (person_row);
  PodiumOrganization *organization = podium_form_object_combo_get_selected (org_row);
  guint kind = adw_combo_row_get_selected (ADW_COMBO_ROW (kind_row));

  GtkEditable *new_person = GTK_EDITABLE (ctx->fourth);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (new_person)));
  g_autoptr(PodiumPerson) created = NULL;

  if (person == NULL && organization == NULL && *name == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (button));
      return;
    }

  /* A name typed instead of a person chosen: someone new, of the chosen organisation,
   * who holds the role themselves; one undo step */
  podium_document_begin (ctx->document, _("Add Role"));
  if (person == NULL && *name != '\0')
    {
      created = g_object_new (PODIUM_TYPE_PERSON, "name", name, "organization", organization, NULL);
      podium_document_add (ctx->document, G_OBJECT (created));
      person = created;
      organization = NULL;
    }
  podium_document_add_role (ctx->document, ctx->object, kind, person, organization);
  podium_document_end (ctx->document);
  adw_combo_row_set_selected (ADW_COMBO_ROW (person_row), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (org_row), 0);
  gtk_editable_set_text (new_person, "");
}

static void
update_add_sensitive (GtkWidget *button)
{
  Ctx *ctx = g_object_get_data (G_OBJECT (button), "add-ctx");

  gtk_widget_set_sensitive (button,
                            podium_form_object_combo_get_selected (ctx->other) != NULL ||
                            podium_form_object_combo_get_selected (ctx->third) != NULL ||
                            (ctx->fourth && *gtk_editable_get_text (GTK_EDITABLE (ctx->fourth))));
}

/* An "Add …" form below a list: an expander in a boxed list of its own holding @rows (NULL
 * terminated), then @button; open from the start when it is what the editor is for.
 * Returns the boxed list, for the group.
 */
static GtkWidget *
add_form_new (const char *title,
              const char *subtitle,
              gboolean    expanded,
              GtkWidget  *button,
              ...)
{
  GtkWidget *add_list = gtk_list_box_new ();
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *button_row = adw_action_row_new ();
  va_list ap;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (add_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (add_list, "boxed-list");
  gtk_widget_set_margin_top (add_list, 12);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  if (subtitle)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  gtk_list_box_append (GTK_LIST_BOX (add_list), expander);

  va_start (ap, button);
  for (GtkWidget *row = va_arg (ap, GtkWidget *); row; row = va_arg (ap, GtkWidget *))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  va_end (ap);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "suggested-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (button_row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), button_row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), expanded);
  return add_list;
}

/* The role offered first is the one a session of its kind needs: moderation for the
 * rooms where people discuss, a speaker otherwise; again when the kind changes */
static void
follow_session_kind (GtkWidget *kind_row)
{
  Ctx *ctx = ctx_get (kind_row);
  PodiumSessionKind kind = podium_session_get_kind (ctx->object);
  gpointer seen = g_object_get_data (G_OBJECT (kind_row), "podium-kind");

  if (seen != NULL && GPOINTER_TO_INT (seen) - 1 == (int) kind)
    return;
  g_object_set_data (G_OBJECT (kind_row), "podium-kind", GINT_TO_POINTER (kind + 1));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row),
                              kind == PODIUM_SESSION_BREAKOUT || kind == PODIUM_SESSION_PANEL ||
                              kind == PODIUM_SESSION_WORKSHOP ? PODIUM_ROLE_MODERATOR
                                                              : PODIUM_ROLE_SPEAKER);
}

/* Fills the roles section: the roles, and a form to add one */
static void
roles_group_fill (GtkWidget      *group,
                  PodiumDocument *document,
                  PodiumSession  *session)
{
  GtkWidget *list = boxed_list_new (_("No one yet"));
  GtkWidget *kind_row;
  GtkWidget *person_row;
  GtkWidget *org_row;
  GtkWidget *new_person_row;
  GtkWidget *button = mnemonic_button_new (_("_Add Role"));
  Ctx *add_ctx;

  ctx_attach (list, document, session);
  refresh_roles (list);
  podium_form_follow_document (list, document, G_CALLBACK (refresh_roles));
  group_add (group, list);

  kind_row = adw_combo_row_new ();
  {
    g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

    for (int i = PODIUM_ROLE_SPEAKER; i <= PODIUM_ROLE_HOST; i++)
      gtk_string_list_append (labels, role_label (i));
    adw_combo_row_set_model (ADW_COMBO_ROW (kind_row), G_LIST_MODEL (labels));
  }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind_row), _("Role"));
  ctx_attach (kind_row, document, session);
  follow_session_kind (kind_row);
  podium_form_follow_document (kind_row, document, G_CALLBACK (follow_session_kind));
  person_row = podium_form_object_combo_new (document, _("Person"),
                                             podium_document_get_people (document), _("None"));
  org_row = podium_form_object_combo_new (document, _("Organisation"),
                                          podium_document_get_organizations (document), _("None"));
  new_person_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (new_person_row), _("Or a New Person’s Name"));
  group_add (group, add_form_new (_("Add a Person or Organisation"),
                                  _("In a role such as speaker or moderation"), TRUE,
                                  button, kind_row, person_row, new_person_row, org_row, NULL));

  add_ctx = ctx_attach (button, document, session);
  add_ctx->widget = kind_row;
  add_ctx->other = person_row;
  add_ctx->third = org_row;
  add_ctx->fourth = new_person_row;
  g_object_set_data (G_OBJECT (button), "add-ctx", add_ctx);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_role_clicked_cb), add_ctx);
  g_signal_connect_swapped (person_row, "notify::selected", G_CALLBACK (update_add_sensitive), button);
  g_signal_connect_swapped (org_row, "notify::selected", G_CALLBACK (update_add_sensitive), button);
  g_signal_connect_swapped (new_person_row, "changed", G_CALLBACK (update_add_sensitive), button);
  update_add_sensitive (button);
}

/* Session: video message */



static void
refresh_video_visible (GtkWidget *group)
{
  Ctx *ctx = ctx_get (group);

  gtk_widget_set_visible (group,
                          podium_session_get_kind (ctx->object) == PODIUM_SESSION_VIDEO_MESSAGE);
}

/* Fills the video section, shown for a video message */
static void
video_group_fill (GtkWidget      *group,
                  PodiumDocument *document,
                  PodiumSession  *session)
{
  ctx_attach (group, document, session);
  refresh_video_visible (group);
  podium_form_follow_document (group, document, G_CALLBACK (refresh_video_visible));

  {
    GtkWidget *panel = podium_video_panel_new ();
    PodiumPlan *plan = podium_plan_get_for_document (document);

    /* Relative video paths live beside the plan's file */
    podium_video_panel_set_document (PODIUM_VIDEO_PANEL (panel), document,
                                     plan ? podium_plan_get_location (plan) : NULL);
    podium_video_panel_set_session (PODIUM_VIDEO_PANEL (panel), session);
    group_add (group, panel);
  }
}

/* The kind goes through the document, so that a new session's length follows it */
static GStrv
kind_choices (gpointer  data,
              guint    *selected)
{
  Ctx *ctx = data;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (int kind = 0; kind <= PODIUM_SESSION_OTHER; kind++)
    g_strv_builder_add (builder, podium_labels_session_kind (kind));
  *selected = podium_session_get_kind (ctx->object);
  return g_strv_builder_end (builder);
}

static void
choose_kind (gpointer data,
             guint    position)
{
  Ctx *ctx = data;

  if ((int) position != (int) podium_session_get_kind (ctx->object))
    podium_document_set_session_kind (ctx->document, ctx->object, position);
}

/* The session editor's sections, template classes too: groups with the "document" and
 * "object" (the session) properties, bound to the editor's; what a section makes in code it
 * makes once both are set */
typedef struct
{
  AdwPreferencesGroup  parent_instance;
  PodiumDocument      *document;
  PodiumSession       *session;
  gboolean             filled;
} Section;

typedef void (*SectionFill) (Section *section);

static GQuark
section_fill_quark (void)
{
  return g_quark_from_static_string ("podium-section-fill");
}

static void
section_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  Section *section = (Section *) object;

  switch (prop_id)
    {
    case EDITOR_PROP_DOCUMENT:
      g_value_set_object (value, section->document);
      break;

    case EDITOR_PROP_OBJECT:
      g_value_set_object (value, section->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
section_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  Section *section = (Section *) object;
  SectionFill fill;

  switch (prop_id)
    {
    case EDITOR_PROP_DOCUMENT:
      if (section->document == g_value_get_object (value))
        return;
      g_return_if_fail (!section->filled);
      g_set_object (&section->document, g_value_get_object (value));
      g_object_notify_by_pspec (object, pspec);
      break;

    case EDITOR_PROP_OBJECT:
      if (section->session == g_value_get_object (value))
        return;
      g_return_if_fail (!section->filled);
      g_set_object (&section->session, g_value_get_object (value));
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  fill = g_type_get_qdata (G_OBJECT_TYPE (object), section_fill_quark ());
  if (section->document != NULL && section->session != NULL && fill != NULL)
    {
      section->filled = TRUE;
      fill (section);
    }
}

static void
section_dispose (GObject *object)
{
  Section *section = (Section *) object;
  GObjectClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (object));

  gtk_widget_dispose_template (GTK_WIDGET (object), G_OBJECT_TYPE (object));
  g_clear_object (&section->document);
  g_clear_object (&section->session);

  parent_class->dispose (object);
}

/* The properties are set once each (as the editor's binding sets them), not changed */
static void
section_class_init (GObjectClass *object_class,
                    const char   *resource,
                    SectionFill   fill)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = section_get_property;
  object_class->set_property = section_set_property;
  object_class->dispose = section_dispose;

  g_object_class_install_property (object_class, EDITOR_PROP_DOCUMENT,
                                   g_param_spec_object ("document", NULL, NULL,
                                                        PODIUM_TYPE_DOCUMENT, flags));
  g_object_class_install_property (object_class, EDITOR_PROP_OBJECT,
                                   g_param_spec_object ("object", NULL, NULL,
                                                        PODIUM_TYPE_SESSION, flags));
  if (fill != NULL)
    g_type_set_qdata (G_OBJECT_CLASS_TYPE (object_class), section_fill_quark (), fill);

  g_type_ensure (PODIUM_TYPE_SPIN_ROW);
  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (object_class), resource);
}

struct _PodiumSessionWhenSection
{
  Section    section;
  GtkWidget *day_row;
  GtkWidget *start_row;
  GtkWidget *room_row;
};

G_DEFINE_FINAL_TYPE (PodiumSessionWhenSection, podium_session_when_section, ADW_TYPE_PREFERENCES_GROUP)

static void
when_section_fill (Section *section)
{
  PodiumSessionWhenSection *self = (PodiumSessionWhenSection *) section;
  PodiumDocument *document = section->document;
  PodiumSession *session = section->session;

  podium_form_custom_combo_attach (self->day_row, document, day_choices, choose_day,
                                   ctx_new (document, session), (GDestroyNotify) ctx_free);
  podium_form_custom_entry_attach (self->start_row, document, get_start_text, set_start_text,
                                   ctx_new (document, session), (GDestroyNotify) ctx_free);
  podium_form_entry_row_set_hint (self->start_row, _("A time such as 09:30"),
                                  _("Not a time: use HH:MM, 00:00 to 23:59"));
  podium_form_custom_combo_attach (self->room_row, document, room_choices, choose_room,
                                   ctx_new (document, session), (GDestroyNotify) ctx_free);
}

static void
podium_session_when_section_class_init (PodiumSessionWhenSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  section_class_init (G_OBJECT_CLASS (klass),
                      "/io/github/podiumplanner/Podium/podium-session-when-section.ui",
                      when_section_fill);
  gtk_widget_class_bind_template_child (widget_class, PodiumSessionWhenSection, day_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumSessionWhenSection, start_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumSessionWhenSection, room_row);
}

static void
podium_session_when_section_init (PodiumSessionWhenSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

struct _PodiumSessionRolesSection
{
  Section section;
};

G_DEFINE_FINAL_TYPE (PodiumSessionRolesSection, podium_session_roles_section, ADW_TYPE_PREFERENCES_GROUP)

static void
roles_section_fill (Section *section)
{
  roles_group_fill (GTK_WIDGET (section), section->document, section->session);
}

static void
podium_session_roles_section_class_init (PodiumSessionRolesSectionClass *klass)
{
  section_class_init (G_OBJECT_CLASS (klass),
                      "/io/github/podiumplanner/Podium/podium-session-roles-section.ui",
                      roles_section_fill);
}

static void
podium_session_roles_section_init (PodiumSessionRolesSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

struct _PodiumSessionVideoSection
{
  Section section;
};

G_DEFINE_FINAL_TYPE (PodiumSessionVideoSection, podium_session_video_section, ADW_TYPE_PREFERENCES_GROUP)

static void
video_section_fill (Section *section)
{
  video_group_fill (GTK_WIDGET (section), section->document, section->session);
}

static void
podium_session_video_section_class_init (PodiumSessionVideoSectionClass *klass)
{
  section_class_init (G_OBJECT_CLASS (klass),
                      "/io/github/podiumplanner/Podium/podium-session-video-section.ui",
                      video_section_fill);
}

static void
podium_session_video_section_init (PodiumSessionVideoSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

struct _PodiumSessionEditor
{
  Editor     editor;
  GtkWidget *kind_row;
  GtkWidget *language_row;
  GtkWidget *unschedule_button;
  GtkWidget *delete_button;
};

G_DEFINE_FINAL_TYPE (PodiumSessionEditor, podium_session_editor, ADW_TYPE_PREFERENCES_PAGE)

static void
podium_session_editor_constructed (GObject *object)
{
  PodiumSessionEditor *self = PODIUM_SESSION_EDITOR (object);
  PodiumDocument *document = self->editor.document;
  PodiumSession *session = PODIUM_SESSION (self->editor.object);
  const char *id = podium_object_get_id (PODIUM_OBJECT (session));

  G_OBJECT_CLASS (podium_session_editor_parent_class)->constructed (object);
  editor_constructed (object);

  podium_form_custom_combo_attach (self->kind_row, document, kind_choices, choose_kind,
                                   ctx_new (document, session), (GDestroyNotify) ctx_free);
  podium_form_custom_combo_attach (self->language_row, document, language_choices,
                                   choose_language, ctx_new (document, session),
                                   (GDestroyNotify) ctx_free);

  /* the window's actions take the session's id */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->unschedule_button),
                                  "win.unschedule-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->unschedule_button), "s", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "win.delete-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", id);
  podium_accessible_drop_mnemonic_names (self->unschedule_button);
  podium_accessible_drop_mnemonic_names (self->delete_button);
}

static void
podium_session_editor_class_init (PodiumSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* the sections the .ui names */
  g_type_ensure (PODIUM_TYPE_SESSION_WHEN_SECTION);
  g_type_ensure (PODIUM_TYPE_SESSION_ROLES_SECTION);
  g_type_ensure (PODIUM_TYPE_SESSION_VIDEO_SECTION);
  editor_class_init (object_class, PODIUM_TYPE_SESSION,
                     "/io/github/podiumplanner/Podium/podium-session-editor.ui");
  object_class->constructed = podium_session_editor_constructed;

  gtk_widget_class_bind_template_child (widget_class, PodiumSessionEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumSessionEditor, language_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumSessionEditor, unschedule_button);
  gtk_widget_class_bind_template_child (widget_class, PodiumSessionEditor, delete_button);
}

static void
podium_session_editor_init (PodiumSessionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Person */

static void
on_remove_span_clicked_cb (GtkButton *button,
                           Ctx       *ctx)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  GPtrArray *spans = podium_person_get_availability (ctx->object);
  g_autoptr(GPtrArray) rest = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_span_free);

  for (guint i = 0; spans && i < spans->len; i++)
    {
      PodiumSpan *span = g_ptr_array_index (spans, i);
      PodiumSpan *copy;

      if (i == index)
        continue;
      copy = podium_span_new (span->start, span->end);
      copy->extra = span->extra ? json_object_ref (span->extra) : NULL;
      g_ptr_array_add (rest, copy);
    }
  podium_document_edit (ctx->document, ctx->object, "availability", rest, NULL);
}

static void
refresh_spans (GtkWidget *list)
{
  Ctx *ctx = ctx_get (list);
  GPtrArray *spans = podium_person_get_availability (ctx->object);

  list_clear (list);
  for (guint i = 0; spans && i < spans->len; i++)
    {
      PodiumSpan *span = g_ptr_array_index (spans, i);
      g_autofree char *date = podium_labels_date (podium_time_get_date (span->start));
      g_autofree char *range = podium_labels_time_range (span->start, span->end);
      g_autofree char *remove_label = g_strdup_printf (_("Remove %s, %s"), date, range);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), range);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_label, -1);
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (on_remove_span_clicked_cb), ctx);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
}

/* The add form takes its times only on "Add Time"; a field it cannot read says why */
static void
mark_invalid (GtkWidget  *entry,
              const char *reason)
{
  gtk_widget_add_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (entry))),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
}

static void
mark_valid (GtkWidget *entry)
{
  gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (entry))),
                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static gboolean
parse_span_clock (GtkWidget *entry,
                  int       *minutes)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  int h, m;
  char sep;

  if (podium_time_parse_clock (text, minutes))
    return TRUE;
  if (sscanf (text, "%d%c%d", &h, &sep, &m) == 3 && (sep == ':' || sep == '.') &&
      h >= 0 && h < 24 && m >= 0 && m < 60)
    {
      *minutes = h * 60 + m;
      return TRUE;
    }
  mark_invalid (entry, _("Not a time: use HH:MM, 00:00 to 23:59"));
  return FALSE;
}

static void
on_add_span_clicked_cb (GtkButton *button,
                        Ctx       *ctx)
{
  GtkWidget *date_entry = ctx->widget;
  GtkWidget *from_entry = ctx->other;
  GtkWidget *to_entry = ctx->third;
  GPtrArray *spans = podium_person_get_availability (ctx->object);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_span_free);
  int date, from, to;
  gint64 start, end;

  mark_valid (date_entry);
  mark_valid (from_entry);
  mark_valid (to_entry);
  if (!podium_labels_parse_date (gtk_editable_get_text (GTK_EDITABLE (date_entry)), &date))
    {
      mark_invalid (date_entry, _("Not a date: write it like 20 November 2023 or 20.11.2023"));
      return;
    }
  if (!parse_span_clock (from_entry, &from) || !parse_span_clock (to_entry, &to))
    return;

  start = podium_time_from_date (date, from);
  end = podium_time_from_date (date, to);
  if (end <= start)
    end += 24 * 60;  /* until after midnight */

  for (guint i = 0; spans && i < spans->len; i++)
    {
      PodiumSpan *span = g_ptr_array_index (spans, i);
      PodiumSpan *copy = podium_span_new (span->start, span->end);

      copy->extra = span->extra ? json_object_ref (span->extra) : NULL;
      g_ptr_array_add (all, copy);
    }
  g_ptr_array_add (all, podium_span_new (start, end));
  podium_document_edit (ctx->document, ctx->object, "availability", all, NULL);
}

/* Fills the Availability group of the .ui: the times, and a form to add one */
static void
availability_group_fill (GtkWidget      *group,
                         PodiumDocument *document,
                         PodiumPerson   *person)
{
  GtkWidget *list = boxed_list_new (_("Always available"));
  GtkWidget *date_row = adw_entry_row_new ();
  GtkWidget *from_row = adw_entry_row_new ();
  GtkWidget *to_row = adw_entry_row_new ();
  GtkWidget *button = mnemonic_button_new (_("_Add Time"));
  g_autofree char *first = podium_labels_date (default_date (document));
  Ctx *ctx;

  ctx_attach (list, document, person);
  refresh_spans (list);
  podium_form_follow_document (list, document, G_CALLBACK (refresh_spans));
  group_add (group, list);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date_row), _("Date"));
  gtk_editable_set_text (GTK_EDITABLE (date_row), first);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (from_row), _("From"));
  gtk_editable_set_text (GTK_EDITABLE (from_row), "09:00");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (to_row), _("Until"));
  gtk_editable_set_text (GTK_EDITABLE (to_row), "17:00");
  group_add (group, add_form_new (_("Add an Available Time"), NULL, FALSE,
                                  button, date_row, from_row, to_row, NULL));

  ctx = ctx_attach (button, document, person);
  ctx->widget = date_row;
  ctx->other = from_row;
  ctx->third = to_row;
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_span_clicked_cb), ctx);
}

struct _PodiumPersonEditor
{
  Editor     editor;
  GtkWidget *sessions_group;
  GtkWidget *availability_group;
};

G_DEFINE_FINAL_TYPE (PodiumPersonEditor, podium_person_editor, ADW_TYPE_PREFERENCES_PAGE)

static void
podium_person_editor_constructed (GObject *object)
{
  PodiumPersonEditor *self = PODIUM_PERSON_EDITOR (object);
  PodiumDocument *document = self->editor.document;
  PodiumPerson *person = PODIUM_PERSON (self->editor.object);

  G_OBJECT_CLASS (podium_person_editor_parent_class)->constructed (object);
  editor_constructed (object);

  group_add (self->sessions_group,
             session_list_new (document, person, person_filter, _("No sessions yet")));
  availability_group_fill (self->availability_group, document, person);
}

static void
podium_person_editor_class_init (PodiumPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  editor_class_init (object_class, PODIUM_TYPE_PERSON,
                     "/io/github/podiumplanner/Podium/podium-person-editor.ui");
  object_class->constructed = podium_person_editor_constructed;

  gtk_widget_class_bind_template_child (widget_class, PodiumPersonEditor, sessions_group);
  gtk_widget_class_bind_template_child (widget_class, PodiumPersonEditor, availability_group);
}

static void
podium_person_editor_init (PodiumPersonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Participant */

typedef struct
{
  PodiumDocument    *document;
  PodiumParticipant *participant;
  guint              block;   /* the index of the parallel block */
  int                rank;    /* 1, 2: the first, second choice; 0: the assignment */
} ChoiceCtx;

static void
choice_ctx_free (ChoiceCtx *ctx)
{
  g_clear_object (&ctx->document);
  g_clear_object (&ctx->participant);
  g_free (ctx);
}

static char *
choice_session_label (PodiumSession *session)
{
  g_autofree char *place = podium_labels_session_place (session);

  /* TRANSLATORS: a session to choose for a participant, "Room: Title"; the room first,
   * as long titles are cut at the end */
  return g_strdup_printf (_("%s: %s"), place, podium_session_get_title (session));
}

static GStrv
participant_choices (gpointer  data,
                     guint    *selected)
{
  ChoiceCtx *ctx = data;
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (ctx->document);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  PodiumParallelBlock *block;
  PodiumSession *current;

  *selected = 0;
  g_strv_builder_add (builder, _("None"));
  if (ctx->block >= blocks->len)
    return g_strv_builder_end (builder);

  block = g_ptr_array_index (blocks, ctx->block);
  current = ctx->rank == 0 ? podium_participant_get_assigned_in (ctx->participant, block)
                           : podium_participant_get_choice (ctx->participant, block, ctx->rank);
  for (guint i = 0; i < block->sessions->len; i++)
    {
      PodiumSession *session = g_ptr_array_index (block->sessions, i);
      g_autofree char *label = choice_session_label (session);

      g_strv_builder_add (builder, label);
      if (session == current)
        *selected = i + 1;
    }
  return g_strv_builder_end (builder);
}

static void
choose_participant_session (gpointer data,
                            guint    position)
{
  ChoiceCtx *ctx = data;
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (ctx->document);
  PodiumParallelBlock *block;
  PodiumSession *session = NULL;

  if (ctx->block >= blocks->len)
    return;
  block = g_ptr_array_index (blocks, ctx->block);
  if (position > 0 && position <= block->sessions->len)
    session = g_ptr_array_index (block->sessions, position - 1);

  if (ctx->rank == 0)
    {
      if (session != podium_participant_get_assigned_in (ctx->participant, block))
        podium_document_assign_participant (ctx->document, ctx->participant, block, session);
    }
  else if (session != podium_participant_get_choice (ctx->participant, block, ctx->rank))
    podium_document_set_participant_choice (ctx->document, ctx->participant, block,
                                            ctx->rank, session);
}

static GtkWidget *
choice_row_new (PodiumDocument    *document,
                PodiumParticipant *participant,
                guint              block,
                int                rank,
                const char        *title)
{
  ChoiceCtx *ctx = g_new0 (ChoiceCtx, 1);

  ctx->document = g_object_ref (document);
  ctx->participant = g_object_ref (participant);
  ctx->block = block;
  ctx->rank = rank;
  return podium_form_custom_combo_row (document, title, participant_choices,
                                       choose_participant_session, ctx,
                                       (GDestroyNotify) choice_ctx_free);
}

/* "Tue 21 Nov, 14:00–15:30" */
char *
podium_editor_block_label (PodiumParallelBlock *block)
{
  g_autoptr(GDateTime) day = g_date_time_new_from_unix_utc ((gint64) block->date * 86400);
  /* TRANSLATORS: a short date, see strftime(3): "Tue 21 Nov" */
  g_autofree char *date = day ? g_date_time_format (day, _("%a %-d %b")) : g_strdup ("");
  g_autofree char *range = podium_labels_time_range (block->start, block->end);

  /* TRANSLATORS: a parallel block, "Tue 21 Nov, 14:00–15:30" */
  return g_strdup_printf (_("%s, %s"), date, range);
}

struct _PodiumParticipantEditor
{
  Editor     editor;
  GtkWidget *choices_group;
  GtkWidget *notes_group;
};

G_DEFINE_FINAL_TYPE (PodiumParticipantEditor, podium_participant_editor, ADW_TYPE_PREFERENCES_PAGE)

/* The plan's parallel blocks take the place of the choices group, a group each, before
 * the notes */
static void
podium_participant_editor_constructed (GObject *object)
{
  PodiumParticipantEditor *self = PODIUM_PARTICIPANT_EDITOR (object);
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (object);
  PodiumDocument *document = self->editor.document;
  PodiumParticipant *participant = PODIUM_PARTICIPANT (self->editor.object);
  g_autoptr(GPtrArray) blocks = podium_parallel_blocks (document);
  g_autoptr(GtkWidget) notes_group = NULL;

  G_OBJECT_CLASS (podium_participant_editor_parent_class)->constructed (object);
  editor_constructed (object);

  if (blocks->len == 0)
    return;

  adw_preferences_page_remove (page, ADW_PREFERENCES_GROUP (self->choices_group));
  self->choices_group = NULL;  /* gone with the page's reference */
  notes_group = g_object_ref (self->notes_group);
  adw_preferences_page_remove (page, ADW_PREFERENCES_GROUP (notes_group));
  for (guint i = 0; i < blocks->len; i++)
    {
      g_autofree char *title = podium_editor_block_label (g_ptr_array_index (blocks, i));
      GtkWidget *group = group_new (title, NULL);

      group_add (group, choice_row_new (document, participant, i, 1, _("_First Choice")));
      group_add (group, choice_row_new (document, participant, i, 2, _("S_econd Choice")));
      group_add (group, choice_row_new (document, participant, i, 0, _("_Assigned To")));
      adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
    }
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (notes_group));
}

static void
podium_participant_editor_class_init (PodiumParticipantEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  editor_class_init (object_class, PODIUM_TYPE_PARTICIPANT,
                     "/io/github/podiumplanner/Podium/podium-participant-editor.ui");
  object_class->constructed = podium_participant_editor_constructed;

  gtk_widget_class_bind_template_child (widget_class, PodiumParticipantEditor, choices_group);
  gtk_widget_class_bind_template_child (widget_class, PodiumParticipantEditor, notes_group);
}

static void
podium_participant_editor_init (PodiumParticipantEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Organisation and the balance between organisations */

typedef struct
{
  int moderations;
  int impulses;
  int speaking;
} Tally;

static void
tally_role (Tally      *tally,
            PodiumRole *role)
{
  switch (podium_role_get_role (role))
    {
    case PODIUM_ROLE_MODERATOR:
      tally->moderations++;
      break;
    case PODIUM_ROLE_IMPULSE:
      tally->impulses++;
      break;
    case PODIUM_ROLE_SPEAKER:
    case PODIUM_ROLE_PANELIST:
    case PODIUM_ROLE_HOST:
    default:
      tally->speaking++;
      break;
    }
}

static char *
tally_text (const Tally *tally)
{
  g_autofree char *m = g_strdup_printf (ngettext ("%d moderation", "%d moderations", tally->moderations),
                                        tally->moderations);
  g_autofree char *i = g_strdup_printf (ngettext ("%d impulse", "%d impulses", tally->impulses),
                                        tally->impulses);
  g_autofree char *s = g_strdup_printf (ngettext ("%d speaking slot", "%d speaking slots", tally->speaking),
                                        tally->speaking);

  return g_strdup_printf ("%s · %s · %s", m, i, s);
}

static Tally
tally_organization (PodiumDocument     *document,
                    PodiumOrganization *organization)
{
  GListModel *sessions = podium_document_get_sessions (document);
  Tally tally = { 0, };

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);
      GListModel *roles = podium_session_get_roles (session);

      if (podium_session_get_status (session) == PODIUM_STATUS_CANCELLED)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (roles); j++)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, j);

          if (podium_role_counts_for (role, organization))
            tally_role (&tally, role);
        }
    }
  return tally;
}

static GtkWidget *
tally_row_new (const char  *title,
               const char  *subtitle,
               const Tally *tally)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = tally_text (tally);
  g_autofree char *full = subtitle && *subtitle ? g_strdup_printf ("%s\n%s", subtitle, text)
                                                : g_strdup (text);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), full);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  return row;
}

static void
refresh_tallies (GtkWidget *box)
{
  Ctx *ctx = ctx_get (box);
  GtkWidget *org_list = ctx->other;
  GtkWidget *region_list = ctx->third;
  GListModel *organizations = podium_document_get_organizations (ctx->document);
  g_autoptr(GHashTable) regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) region_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) signature = g_string_new (NULL);
  g_autoptr(GPtrArray) org_rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr(PodiumOrganization) organization = g_list_model_get_item (organizations, i);
      const char *region = podium_organization_get_region (organization);
      g_autofree char *label = podium_form_object_label (organization);
      Tally tally = tally_organization (ctx->document, organization);
      Tally *sum;

      g_string_append_printf (signature, "%s\x1f%s\x1f%d/%d/%d\x1e", label, region,
                              tally.moderations, tally.impulses, tally.speaking);
      g_ptr_array_add (org_rows, g_object_ref_sink (tally_row_new (label, region, &tally)));

      if (region == NULL || *region == '\0')
        region = _("No region");
      if (!(sum = g_hash_table_lookup (regions, region)))
        {
          sum = g_new0 (Tally, 1);
          g_hash_table_insert (regions, g_strdup (region), sum);
          g_ptr_array_add (region_names, g_strdup (region));
        }
      sum->moderations += tally.moderations;
      sum->impulses += tally.impulses;
      sum->speaking += tally.speaking;
    }

  if (g_strcmp0 (ctx->signature, signature->str) == 0)
    return;
  g_free (ctx->signature);
  ctx->signature = g_strdup (signature->str);

  list_clear (org_list);
  list_clear (region_list);
  for (guint i = 0; i < org_rows->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (org_list), g_ptr_array_index (org_rows, i));
  for (guint i = 0; i < region_names->len; i++)
    {
      const char *region = g_ptr_array_index (region_names, i);

      gtk_list_box_append (GTK_LIST_BOX (region_list),
                           tally_row_new (region, NULL, g_hash_table_lookup (regions, region)));
    }
}

/* Who comes, per organisation and region: the registrations (and what Remove Personal
 * Data kept of them), cancelled ones left out */
static void
refresh_participants_balance (GtkWidget *group)
{
  Ctx *ctx = ctx_get (group);
  g_autoptr(GPtrArray) entries = podium_participants_balance (ctx->document);

  list_clear (ctx->other);
  gtk_widget_set_visible (group, entries->len > 0);
  for (guint i = 0; i < entries->len; i++)
    {
      PodiumBalanceEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *name = entry->organization ? podium_form_object_label (entry->organization)
                                                  : g_strdup (entry->organization_name);
      g_autofree char *counts = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (entry->attended > 0)
        /* TRANSLATORS: "12 participants, 3 attended" */
        counts = g_strdup_printf (ngettext ("%u participant, %u attended", "%u participants, %u attended",
                                            entry->count), (guint) entry->count, (guint) entry->attended);
      else
        counts = g_strdup_printf (ngettext ("%u participant", "%u participants", entry->count),
                                  (guint) entry->count);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     name && *name ? name : _("No organisation"));
      if (entry->region && *entry->region)
        {
          g_autofree char *subtitle = g_strdup_printf ("%s\n%s", entry->region, counts);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_append (GTK_LIST_BOX (ctx->other), row);
    }
}

/* The participants' group hides itself when there are none, so the box, always shown,
 * refreshes it */
static void
refresh_balance (GtkWidget *box)
{
  refresh_participants_balance (ctx_get (box)->fourth);
  refresh_tallies (box);
}

GtkWidget *
podium_editor_balance_new (PodiumDocument *document)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *group, *participants;
  GtkWidget *org_list = boxed_list_new (_("No organisations yet"));
  GtkWidget *region_list = boxed_list_new (_("No regions yet"));
  Ctx *ctx;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  group = group_new (_("Balance Between Organisations"),
                     _("Moderations, impulses and speaking slots of each organisation and its people"));
  group_add (group, org_list);
  gtk_box_append (GTK_BOX (box), group);
  group = group_new (_("Balance Between Regions"), NULL);
  group_add (group, region_list);
  gtk_box_append (GTK_BOX (box), group);

  participants = group_new (_("Participants by Organisation and Region"), NULL);
  ctx_attach (participants, document, NULL)->other = boxed_list_new (NULL);
  group_add (participants, ctx_get (participants)->other);
  gtk_box_append (GTK_BOX (box), participants);

  ctx = ctx_attach (box, document, NULL);
  ctx->other = org_list;
  ctx->third = region_list;
  ctx->fourth = participants;
  refresh_balance (box);
  podium_form_follow_document_when_shown (box, document, G_CALLBACK (refresh_balance));
  return box;
}

static void
refresh_org_summary (GtkWidget *group)
{
  Ctx *ctx = ctx_get (group);
  Tally tally = tally_organization (ctx->document, ctx->object);
  g_autofree char *text = tally_text (&tally);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), text);
}

struct _PodiumOrganizationEditor
{
  Editor     editor;
  GtkWidget *logo_row;
  GtkWidget *summary_group;
  GtkWidget *balance_group;
};

G_DEFINE_FINAL_TYPE (PodiumOrganizationEditor, podium_organization_editor,
                     ADW_TYPE_PREFERENCES_PAGE)

static void
podium_organization_editor_constructed (GObject *object)
{
  PodiumOrganizationEditor *self = PODIUM_ORGANIZATION_EDITOR (object);
  PodiumDocument *document = self->editor.document;
  PodiumOrganization *organization = PODIUM_ORGANIZATION (self->editor.object);

  G_OBJECT_CLASS (podium_organization_editor_parent_class)->constructed (object);
  editor_constructed (object);

  image_row_attach (self->logo_row, document, organization, "logo");

  ctx_attach (self->summary_group, document, organization);
  refresh_org_summary (self->summary_group);
  podium_form_follow_document (self->summary_group, document, G_CALLBACK (refresh_org_summary));
  group_add (self->summary_group, session_list_new (document, organization, organization_filter,
                                                    _("No roles yet")));

  group_add (self->balance_group, podium_editor_balance_new (document));
}

static void
podium_organization_editor_class_init (PodiumOrganizationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  editor_class_init (object_class, PODIUM_TYPE_ORGANIZATION,
                     "/io/github/podiumplanner/Podium/podium-organization-editor.ui");
  object_class->constructed = podium_organization_editor_constructed;

  gtk_widget_class_bind_template_child (widget_class, PodiumOrganizationEditor, logo_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumOrganizationEditor, summary_group);
  gtk_widget_class_bind_template_child (widget_class, PodiumOrganizationEditor, balance_group);
}

static void
podium_organization_editor_init (PodiumOrganizationEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Room */

struct _PodiumRoomEditor
{
  Editor     editor;
  GtkWidget *position_row;
  GtkWidget *move_left;
  GtkWidget *move_right;
  GtkWidget *equipment_group;
  GtkWidget *sessions_group;
};

G_DEFINE_FINAL_TYPE (PodiumRoomEditor, podium_room_editor, ADW_TYPE_PREFERENCES_PAGE)

static void
move_room (PodiumRoomEditor *self,
           int               delta)
{
  PodiumDocument *document = self->editor.document;
  int position = podium_document_get_room_position (document, PODIUM_ROOM (self->editor.object));

  if (position + delta < 0)
    return;
  podium_document_move_room (document, PODIUM_ROOM (self->editor.object), position + delta);
}

static void
on_move_left_clicked_cb (PodiumRoomEditor *self)
{
  move_room (self, -1);
}

static void
on_move_right_clicked_cb (PodiumRoomEditor *self)
{
  move_room (self, 1);
}

static void
refresh_room_position (PodiumRoomEditor *self)
{
  PodiumDocument *document = self->editor.document;
  int position = podium_document_get_room_position (document, PODIUM_ROOM (self->editor.object));
  int n = g_list_model_get_n_items (podium_document_get_rooms (document));
  g_autofree char *text = NULL;

  /* TRANSLATORS: the column of a room in the schedule grid, "2 of 4" */
  text = g_strdup_printf (_("Column %d of %d"), position + 1, n);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->position_row), text);
  gtk_widget_set_sensitive (self->move_left, position > 0);
  gtk_widget_set_sensitive (self->move_right, position + 1 < n);
}

static void
podium_room_editor_constructed (GObject *object)
{
  PodiumRoomEditor *self = PODIUM_ROOM_EDITOR (object);
  PodiumDocument *document = self->editor.document;
  PodiumRoom *room = PODIUM_ROOM (self->editor.object);
  static const PodiumEquipment equipment[] = {
    PODIUM_EQUIPMENT_PROJECTOR, PODIUM_EQUIPMENT_AUDIO, PODIUM_EQUIPMENT_VIDEO_PLAYBACK,
    PODIUM_EQUIPMENT_MICROPHONES, PODIUM_EQUIPMENT_INTERPRETING, PODIUM_EQUIPMENT_STREAMING,
  };

  G_OBJECT_CLASS (podium_room_editor_parent_class)->constructed (object);
  editor_constructed (object);

  refresh_room_position (self);
  podium_form_follow_document (GTK_WIDGET (self), document, G_CALLBACK (refresh_room_position));

  /* the equipment's names are the labels', not the editor's */
  for (guint i = 0; i < G_N_ELEMENTS (equipment); i++)
    group_add (self->equipment_group,
               podium_form_flag_row (document, room, "equipment", equipment[i],
                                     podium_labels_equipment (equipment[i])));

  group_add (self->sessions_group,
             session_list_new (document, room, room_filter, _("No sessions yet")));
}

static void
podium_room_editor_class_init (PodiumRoomEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  editor_class_init (object_class, PODIUM_TYPE_ROOM,
                     "/io/github/podiumplanner/Podium/podium-room-editor.ui");
  object_class->constructed = podium_room_editor_constructed;

  gtk_widget_class_bind_template_child (widget_class, PodiumRoomEditor, position_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumRoomEditor, move_left);
  gtk_widget_class_bind_template_child (widget_class, PodiumRoomEditor, move_right);
  gtk_widget_class_bind_template_child (widget_class, PodiumRoomEditor, equipment_group);
  gtk_widget_class_bind_template_child (widget_class, PodiumRoomEditor, sessions_group);
  gtk_widget_class_bind_template_callback (widget_class, on_move_left_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_move_right_clicked_cb);
}

static void
podium_room_editor_init (PodiumRoomEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Conference */

static void
on_co_organizer_toggled_cb (GtkCheckButton *check,
                            Ctx            *ctx)
{
  PodiumOrganization *organization = g_object_get_data (G_OBJECT (check), "organization");
  PodiumConference *conference = ctx->object;
  GPtrArray *co = podium_conference_get_co_organizers (conference);
  g_autoptr(GPtrArray) next = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean active = gtk_check_button_get_active (check);
  gboolean present = co != NULL && g_ptr_array_find (co, organization, NULL);

  if (active == present || g_object_get_data (G_OBJECT (check), "updating"))
    return;

  for (guint i = 0; co && i < co->len; i++)
    if (g_ptr_array_index (co, i) != (gpointer) organization)
      g_ptr_array_add (next, g_object_ref (g_ptr_array_index (co, i)));
  if (active)
    g_ptr_array_add (next, g_object_ref (organization));
  podium_document_edit (ctx->document, conference, "co-organizers", next->len ? next : NULL, NULL);
}

static void
refresh_co_organizers (GtkWidget *list)
{
  Ctx *ctx = ctx_get (list);
  GListModel *organizations = podium_document_get_organizations (ctx->document);
  GPtrArray *co = podium_conference_get_co_organizers (ctx->object);
  g_autoptr(GString) signature = g_string_new (NULL);
  guint n = g_list_model_get_n_items (organizations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumOrganization) organization = g_list_model_get_item (organizations, i);
      g_autofree char *label = podium_form_object_label (organization);

      g_string_append_printf (signature, "%p\x1f%s\x1e", organization, label);
    }

  if (g_strcmp0 (ctx->signature, signature->str) != 0)
    {
      g_free (ctx->signature);
      ctx->signature = g_strdup (signature->str);
      list_clear (list);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PodiumOrganization) organization = g_list_model_get_item (organizations, i);
          g_autofree char *label = podium_form_object_label (organization);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
          g_object_set_data_full (G_OBJECT (check), "organization",
                                  g_object_ref (organization), g_object_unref);
          g_signal_connect (check, "toggled", G_CALLBACK (on_co_organizer_toggled_cb), ctx);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }
    }

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check;
      PodiumOrganization *organization;

      if (!ADW_IS_ACTION_ROW (row))
        continue;
      check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
      organization = g_object_get_data (G_OBJECT (check), "organization");
      g_object_set_data (G_OBJECT (check), "updating", GINT_TO_POINTER (TRUE));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   co != NULL && g_ptr_array_find (co, organization, NULL));
      g_object_set_data (G_OBJECT (check), "updating", NULL);
    }
}

static void
refresh_updated (GtkWidget *row)
{
  Ctx *ctx = ctx_get (row);
  const char *updated = podium_conference_get_updated (ctx->object);
  g_autofree char *text = podium_labels_wall_time (updated);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               text ? text : updated && *updated ? updated : _("Never saved"));
}

struct _PodiumConferenceEditor
{
  Editor     editor;
  GtkWidget *time_zone_row;
  GtkWidget *organisers_group;
  GtkWidget *emblem_row;
  GtkWidget *language_row;
  GtkWidget *updated_row;
};

G_DEFINE_FINAL_TYPE (PodiumConferenceEditor, podium_conference_editor, ADW_TYPE_PREFERENCES_PAGE)

/* The time zone row before the list of zones is read: the conference's zone alone */
static void
refresh_time_zone_waiting (GtkWidget *row)
{
  Ctx *ctx = ctx_get (row);
  const char *zone = podium_conference_get_time_zone (ctx->object);
  const char *shown[] = { zone && *zone ? zone : _("Not Set"), NULL };
  g_autoptr(GtkStringList) model = NULL;

  if (zone_list)
    return;  /* the row is the list's now */
  model = gtk_string_list_new (shown);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
}

/* Called once the zones are read: the row lists them and sets the conference's */
static void
attach_time_zone_row (PodiumConferenceEditor *self)
{
  PodiumDocument *document = self->editor.document;

  /* A disposed editor has no rows left */
  if (self->time_zone_row == NULL || document == NULL)
    return;
  podium_form_custom_combo_attach (self->time_zone_row, document, time_zone_choices,
                                   choose_time_zone, ctx_new (document, self->editor.object),
                                   (GDestroyNotify) ctx_free);
}

static void
podium_conference_editor_constructed (GObject *object)
{
  PodiumConferenceEditor *self = PODIUM_CONFERENCE_EDITOR (object);
  PodiumDocument *document = self->editor.document;
  PodiumConference *conference = PODIUM_CONFERENCE (self->editor.object);
  GtkWidget *list;

  G_OBJECT_CLASS (podium_conference_editor_parent_class)->constructed (object);
  editor_constructed (object);

  /* Until the zones are read, the row shows the conference's zone alone */
  ctx_attach (self->time_zone_row, document, conference);
  refresh_time_zone_waiting (self->time_zone_row);
  podium_form_follow_document (self->time_zone_row, document,
                               G_CALLBACK (refresh_time_zone_waiting));
  when_time_zones_read (self);
  podium_form_custom_combo_attach (self->language_row, document, language_choices,
                                   choose_language, ctx_new (document, conference),
                                   (GDestroyNotify) ctx_free);
  image_row_attach (self->emblem_row, document, conference, "funding-emblem");

  list = boxed_list_new (_("Add organisations in the Organisations view to choose co-organisers"));
  gtk_widget_set_margin_top (list, 12);
  ctx_attach (list, document, conference);
  refresh_co_organizers (list);
  podium_form_follow_document (list, document, G_CALLBACK (refresh_co_organizers));
  group_add (self->organisers_group, list);

  ctx_attach (self->updated_row, document, conference);
  refresh_updated (self->updated_row);
  podium_form_follow_document (self->updated_row, document, G_CALLBACK (refresh_updated));
}

static void
podium_conference_editor_class_init (PodiumConferenceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  editor_class_init (object_class, PODIUM_TYPE_CONFERENCE,
                     "/io/github/podiumplanner/Podium/podium-conference-editor.ui");
  object_class->constructed = podium_conference_editor_constructed;

  gtk_widget_class_bind_template_child (widget_class, PodiumConferenceEditor, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumConferenceEditor, organisers_group);
  gtk_widget_class_bind_template_child (widget_class, PodiumConferenceEditor, emblem_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumConferenceEditor, language_row);
  gtk_widget_class_bind_template_child (widget_class, PodiumConferenceEditor, updated_row);
}

static void
podium_conference_editor_init (PodiumConferenceEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
podium_editor_new (PodiumDocument *document,
                   gpointer        object)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PODIUM_IS_OBJECT (object), NULL);

  if (PODIUM_IS_SESSION (object))
    return g_object_new (PODIUM_TYPE_SESSION_EDITOR, "document", document, "object", object, NULL);
  if (PODIUM_IS_PERSON (object))
    return g_object_new (PODIUM_TYPE_PERSON_EDITOR, "document", document, "object", object, NULL);
  if (PODIUM_IS_ORGANIZATION (object))
    return g_object_new (PODIUM_TYPE_ORGANIZATION_EDITOR, "document", document,
                         "object", object, NULL);
  if (PODIUM_IS_ROOM (object))
    return g_object_new (PODIUM_TYPE_ROOM_EDITOR, "document", document, "object", object, NULL);
  if (PODIUM_IS_CONFERENCE (object))
    return g_object_new (PODIUM_TYPE_CONFERENCE_EDITOR, "document", document,
                         "object", object, NULL);
  if (PODIUM_IS_PARTICIPANT (object))
    return g_object_new (PODIUM_TYPE_PARTICIPANT_EDITOR, "document", document,
                         "object", object, NULL);

  g_return_val_if_reached (NULL);
}

static GtkWidget *
find_first_entry (GtkWidget *widget)
{
  if (ADW_IS_ENTRY_ROW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_first_entry (child);

      if (found)
        return found;
    }
  return NULL;
}

void
podium_editor_focus_first (GtkWidget *page)
{
  GtkWidget *entry;

  g_return_if_fail (GTK_IS_WIDGET (page));

  if ((entry = find_first_entry (page)))
    {
      gtk_widget_grab_focus (entry);
      gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
    }
}
