/* podium-conflicts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "podium-conflicts.h"
#include "podium-labels.h"
#include "podium-schedule.h"
#include "podium-time.h"

/* Rooms need this much time between two sessions of one person (docs/design.md §7) */
#define ROOM_CHANGE_MINUTES 10

struct _PodiumConflict
{
  GObject         parent_instance;

  const char     *rule;
  PodiumSeverity  severity;
  char           *message;
  char           *key;
  GPtrArray      *sessions;
  gint64          start;
};

struct _PodiumConflicts
{
  GObject         parent_instance;

  PodiumDocument *document;
  gulong          changed_handler;

  GPtrArray      *items;        /* PodiumConflict, sorted */
  GHashTable     *by_session;   /* PodiumSession → GPtrArray of PodiumConflict */
  guint           counts [PODIUM_N_SEVERITIES];
};

/* A scheduled session as the sweeps see it: its times read once, close together in memory */
typedef struct
{
  PodiumSession *session;
  PodiumRoom    *room;   /* NULL: all rooms */
  gint64         start;
  gint64         end;
  guint          position;  /* in the document, so sessions at one time keep the plan's order */
} Slot;

/* State of one recomputation */
typedef struct
{
  PodiumConflicts *self;
  GHashTable      *acknowledged;  /* "rule\nkey" */
  GPtrArray       *found;
  GHashTable      *assigned;      /* session → participants; NULL: the plan has none */
  GHashTable      *first_choices; /* session → participants who chose it first */
} Check;

static void podium_conflicts_list_model_init (GListModelInterface *iface);

G_DEFINE_ENUM_TYPE (PodiumSeverity, podium_severity,
  G_DEFINE_ENUM_VALUE (PODIUM_SEVERITY_ERROR, "error"),
  G_DEFINE_ENUM_VALUE (PODIUM_SEVERITY_WARNING, "warning"),
  G_DEFINE_ENUM_VALUE (PODIUM_SEVERITY_INFO, "info"))

G_DEFINE_FINAL_TYPE (PodiumConflict, podium_conflict, G_TYPE_OBJECT)

G_DEFINE_FINAL_TYPE_WITH_CODE (PodiumConflicts, podium_conflicts, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      podium_conflicts_list_model_init))

enum {
  CONFLICT_PROP_0,
  CONFLICT_PROP_RULE,
  CONFLICT_PROP_SEVERITY,
  CONFLICT_PROP_MESSAGE,
  CONFLICT_PROP_KEY,
  CONFLICT_PROP_START,
  CONFLICT_N_PROPS
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_COUNT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *conflict_properties [CONFLICT_N_PROPS];
static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Helpers */

static gint64
start_of (PodiumSession *session)
{
  return podium_session_get_start (session);
}

static gint64
end_of (PodiumSession *session)
{
  return podium_session_get_end (session);
}

static const char *
title_of (PodiumSession *session)
{
  const char *title = podium_session_get_title (session);

  return title != NULL && *title != '\0' ? title : _("Untitled session");
}

static const char *
id_of (gpointer object)
{
  const char *id = podium_object_get_id (object);

  return id != NULL ? id : "";
}

static gboolean
has_room (PodiumSession *session)
{
  return podium_session_get_room (session) != NULL && !podium_session_get_all_rooms (session);
}

/* A session as a key sees it: which one and when, "talk-1@2023-11-20T10:00+30" */
static char *
key_part (PodiumSession *session)
{
  g_autofree char *start = NULL;

  if (start_of (session) == PODIUM_TIME_NONE)
    return g_strdup (id_of (session));

  start = podium_time_format (start_of (session));
  return g_strdup_printf ("%s@%s+%d", id_of (session), start,
                          podium_session_get_duration (session));
}

/* The key of a conflict between two sessions does not depend on which came first */
static char *
pair_key (const char    *rule,
          const char    *what,
          PodiumSession *a,
          PodiumSession *b)
{
  g_autofree char *part_a = key_part (a);
  g_autofree char *part_b = key_part (b);

  if (g_strcmp0 (id_of (a), id_of (b)) > 0)
    return g_strjoin ("|", rule, what, part_b, part_a, NULL);
  return g_strjoin ("|", rule, what, part_a, part_b, NULL);
}

static int
compare_sessions_by_time (gconstpointer a,
                          gconstpointer b)
{
  PodiumSession *sa = *(PodiumSession **) a;
  PodiumSession *sb = *(PodiumSession **) b;
  gint64 start_a = start_of (sa), start_b = start_of (sb);
  gint64 end_a = end_of (sa), end_b = end_of (sb);

  if (start_a != start_b)
    return start_a < start_b ? -1 : 1;
  if (end_a != end_b)
    return end_a < end_b ? -1 : 1;
  return g_strcmp0 (id_of (sa), id_of (sb));
}

static int
compare_sessions_by_id (gconstpointer a,
                        gconstpointer b)
{
  return g_strcmp0 (id_of (*(PodiumSession **) a), id_of (*(PodiumSession **) b));
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *sa = *(Slot **) a;
  const Slot *sb = *(Slot **) b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end < sb->end ? -1 : 1;
  return sa->position < sb->position ? -1 : sa->position > sb->position;
}

static int
compare_conflicts (gconstpointer a,
                   gconstpointer b)
{
  PodiumConflict *ca = *(PodiumConflict **) a;
  PodiumConflict *cb = *(PodiumConflict **) b;
  int cmp;

  /* Unscheduled last: PODIUM_TIME_NONE is the smallest gint64 */
  if (ca->start != cb->start)
    {
      if (ca->start == PODIUM_TIME_NONE || cb->start == PODIUM_TIME_NONE)
        return ca->start == PODIUM_TIME_NONE ? 1 : -1;
      return ca->start < cb->start ? -1 : 1;
    }
  if (ca->severity != cb->severity)
    return ca->severity < cb->severity ? -1 : 1;
  if ((cmp = g_strcmp0 (ca->rule, cb->rule)) != 0)
    return cmp;
  return g_strcmp0 (ca->key, cb->key);
}

/* Takes @message and @key; drops the conflict if the organisers accepted it. @sessions
 * (element-type PodiumSession) are those involved. */
static void
report_sessions (Check          *check,
                 const char     *rule,
                 PodiumSeverity  severity,
                 char           *message,
                 char           *key,
                 GPtrArray      *sessions)
{
  g_autofree char *ack = g_strconcat (rule, "\n", key, NULL);
  PodiumConflict *conflict;

  if (g_hash_table_contains (check->acknowledged, ack))
    {
      g_free (message);
      g_free (key);
      return;
    }

  conflict = g_object_new (PODIUM_TYPE_CONFLICT, NULL);
  conflict->rule = rule;
  conflict->severity = severity;
  conflict->message = message;
  conflict->key = key;
  for (guint i = 0; i < sessions->len; i++)
    g_ptr_array_add (conflict->sessions, g_object_ref (g_ptr_array_index (sessions, i)));
  g_ptr_array_sort (conflict->sessions, compare_sessions_by_time);
  conflict->start = start_of (g_ptr_array_index (conflict->sessions, 0));

  g_ptr_array_add (check->found, conflict);
}

static void
report (Check          *check,
        const char     *rule,
        PodiumSeverity  severity,
        char           *message,
        char           *key,
        PodiumSession  *session,
        PodiumSession  *other)
{
  gpointer pair[2] = { session, other };
  GPtrArray sessions = { pair, other != NULL ? 2 : 1 };

  report_sessions (check, rule, severity, message, key, &sessions);
}

/* Rules about one session alone */

static void
check_video (Check         *check,
             PodiumSession *session)
{
  PodiumVideo *video = podium_session_get_video (session);
  PodiumRoom *room = podium_session_get_room (session);
  const char *path = podium_video_get_file (video);
  int length = podium_video_get_duration (video);
  int minutes = podium_session_get_duration (session);
  PodiumVideoStatus status = podium_video_get_status (video);

  if (path == NULL || *path == '\0')
    {
      report (check, "video-missing", PODIUM_SEVERITY_WARNING,
              g_strdup_printf (_("The video message “%s” has no video file"), title_of (session)),
              g_strjoin ("|", "video-missing", id_of (session), "", NULL),
              session, NULL);
    }
  else if (g_strcmp0 (podium_video_get_missing_file (video), path) == 0)
    {
      /* Looked for off the main thread by the media code; a file not looked for yet (or
       * that cannot be, like a web address) counts as there */
      report (check, "video-missing", PODIUM_SEVERITY_WARNING,
              g_strdup_printf (_("The video file “%s” of “%s” is missing"),
                               path, title_of (session)),
              g_strjoin ("|", "video-missing", id_of (session), path, NULL),
              session, NULL);
    }

  if (length >= 0 && length > minutes * 60)
    {
      /* TRANSLATORS: a video's length in minutes and seconds, "5:20 min" */
      g_autofree char *runs = g_strdup_printf (_("%d:%02d min"), length / 60, length % 60);

      report (check, "video-overrun", PODIUM_SEVERITY_WARNING,
              g_strdup_printf (ngettext ("The video of “%s” is %s long, "
                                         "but its slot is only %d minute",
                                         "The video of “%s” is %s long, "
                                         "but its slot is only %d minutes",
                                         minutes),
                               title_of (session), runs, minutes),
              g_strdup_printf ("video-overrun|%s|%d|%d", id_of (session), length, minutes),
              session, NULL);
    }

  if (status != PODIUM_VIDEO_APPROVED)
    report (check, "video-not-approved", PODIUM_SEVERITY_INFO,
            /* TRANSLATORS: the second %s is the video's status, e.g. "Received" */
            g_strdup_printf (_("The video of “%s” is not approved yet (%s)"),
                             title_of (session), podium_labels_video_status (status)),
            g_strjoin ("|", "video-not-approved", id_of (session),
                       podium_enum_to_nick (PODIUM_TYPE_VIDEO_STATUS, status), NULL),
            session, NULL);

  if (has_room (session) &&
      !(podium_room_get_equipment (room) & PODIUM_EQUIPMENT_VIDEO_PLAYBACK))
    report (check, "room-equipment", PODIUM_SEVERITY_WARNING,
            g_strdup_printf (_("“%s” plays a video, but %s has no video playback"),
                             title_of (session), podium_room_get_name (room)),
            g_strjoin ("|", "room-equipment", id_of (session), id_of (room), NULL),
            session, NULL);
}

static gboolean
has_moderator (PodiumSession *session)
{
  GListModel *roles = podium_session_get_roles (session);
  guint n = g_list_model_get_n_items (roles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);

      if (podium_role_get_role (role) == PODIUM_ROLE_MODERATOR)
        return TRUE;
    }
  return FALSE;
}

/* Whether [start, end) lies within the hours of the conference day it starts on; @on_a_day
 * says whether it at least starts on a day of the conference, by that day or (early on a
 * conference day's date, before its start) by its date.
 */
static gboolean
within_conference (PodiumConference *conference,
                   gint64            start,
                   gint64            end,
                   gboolean         *on_a_day)
{
  int day = podium_schedule_day_of (conference, start);
  gint64 first, last;

  *on_a_day = podium_schedule_is_conference_day (conference, day) ||
              podium_schedule_is_conference_day (conference, podium_time_get_date (start));
  if (!podium_schedule_is_conference_day (conference, day))
    return FALSE;
  podium_schedule_day_bounds (conference, day, &first, &last);
  return start >= first && end <= last;
}

static void
check_hours (Check         *check,
             PodiumSession *session)
{
  PodiumConference *conference = podium_document_get_conference (check->self->document);
  gboolean on_a_day;
  g_autofree char *when = NULL;
  char *message;

  if (within_conference (conference, start_of (session), end_of (session), &on_a_day))
    return;

  if (!on_a_day)
    {
      g_autofree char *date = podium_labels_date (podium_time_get_date (start_of (session)));

      message = g_strdup_printf (_("“%s” is on %s, which is not a day of the conference"),
                                 title_of (session), date);
    }
  else
    {
      int day = podium_schedule_day_of (conference, start_of (session));
      gint64 first, last;
      g_autofree char *range = NULL;
      g_autofree char *hours = NULL;

      podium_schedule_day_bounds (conference, day, &first, &last);
      range = podium_labels_time_range (start_of (session), end_of (session));
      hours = podium_labels_time_range (first, last);
      /* TRANSLATORS: “Title” (10:00–10:30) is outside the conference hours (09:00–18:00) */
      message = g_strdup_printf (_("“%s” (%s) is outside the conference hours (%s)"),
                                 title_of (session), range, hours);
    }

  when = key_part (session);
  report (check, "outside-conference-hours", PODIUM_SEVERITY_WARNING, message,
          g_strjoin ("|", "outside-conference-hours", when, NULL), session, NULL);
}

static void
check_session (Check         *check,
               PodiumSession *session)
{
  PodiumSessionKind kind = podium_session_get_kind (session);
  PodiumRoom *room = podium_session_get_room (session);

  if (podium_session_get_status (session) == PODIUM_STATUS_CONFIRMED &&
      !podium_session_is_scheduled (session))
    report (check, "unscheduled", PODIUM_SEVERITY_INFO,
            g_strdup_printf (_("“%s” is confirmed but not scheduled"), title_of (session)),
            g_strjoin ("|", "unscheduled", id_of (session), NULL),
            session, NULL);

  if ((kind == PODIUM_SESSION_BREAKOUT || kind == PODIUM_SESSION_PANEL ||
       kind == PODIUM_SESSION_WORKSHOP) && !has_moderator (session))
    report (check, "moderation-missing", PODIUM_SEVERITY_WARNING,
            g_strdup_printf (_("“%s” has no moderator"), title_of (session)),
            g_strjoin ("|", "moderation-missing", id_of (session), NULL),
            session, NULL);

  if (has_room (session))
    {
      /* With participants, the session expects those assigned to it */
      int expected = check->assigned ? GPOINTER_TO_INT (g_hash_table_lookup (check->assigned, session))
                                     : podium_session_get_expected_attendance (session);
      int capacity = podium_room_get_capacity (room);
      int wanted = check->first_choices ? GPOINTER_TO_INT (g_hash_table_lookup (check->first_choices, session)) : 0;

      if (expected > 0 && capacity > 0 && expected > capacity)
        report (check, "room-capacity", PODIUM_SEVERITY_WARNING,
                /* TRANSLATORS: “Title” expects 40 people, but Room 2 holds 25 */
                g_strdup_printf (ngettext ("“%s” expects %d person, but %s holds %d",
                                           "“%s” expects %d people, but %s holds %d",
                                           expected),
                                 title_of (session), expected, podium_room_get_name (room),
                                 capacity),
                g_strdup_printf ("room-capacity|%s|%s|%d|%d", id_of (session), id_of (room),
                                 expected, capacity),
                session, NULL);

      /* Demand, before and after Assign Rooms: more first choices than seats means some
       * get their second choice, or the session wants a larger room */
      if (wanted > 0 && capacity > 0 && wanted > capacity)
        report (check, "over-subscribed", PODIUM_SEVERITY_INFO,
                /* TRANSLATORS: “Title” is the first choice of 30 participants, but Room 2 holds 25 */
                g_strdup_printf (ngettext ("“%s” is the first choice of %d participant, but %s holds %d",
                                           "“%s” is the first choice of %d participants, but %s holds %d",
                                           wanted),
                                 title_of (session), wanted, podium_room_get_name (room), capacity),
                g_strdup_printf ("over-subscribed|%s|%s|%d|%d", id_of (session), id_of (room),
                                 wanted, capacity),
                session, NULL);
    }

  if (kind == PODIUM_SESSION_VIDEO_MESSAGE)
    check_video (check, session);

  if (podium_session_is_scheduled (session))
    check_hours (check, session);
}

/* Rules about sessions that meet in time. Each list of slots is sorted and swept once in
 * start order; sessions that overlap, directly or through others, form one group and one
 * conflict, so N sessions at one time are one problem, not N(N−1)/2: O(n log n) whatever
 * the plan holds.
 */

typedef void (*OverlapFunc) (Check     *check,
                             GPtrArray *group,     /* (element-type PodiumSession), by start */
                             gint64     start,
                             gint64     end,
                             gpointer   data);

static void
sweep (Check       *check,
       GPtrArray   *sorted,
       OverlapFunc  func,
       gpointer     data)
{
  g_autoptr(GPtrArray) group = g_ptr_array_new ();
  gint64 group_end = G_MININT64;
  /* Where the group's sessions meet: from the second start to the last end that is
   * still overlapped */
  gint64 meet_start = 0, meet_end = G_MININT64;

  for (guint i = 0; i <= sorted->len; i++)
    {
      Slot *slot = i < sorted->len ? g_ptr_array_index (sorted, i) : NULL;

      /* Sessions that end when this one starts only touch it */
      if (slot != NULL && group->len > 0 && slot->start < group_end)
        {
          if (group->len == 1)
            meet_start = slot->start;
          meet_end = MAX (meet_end, MIN (group_end, slot->end));
          g_ptr_array_add (group, slot->session);
          group_end = MAX (group_end, slot->end);
          continue;
        }

      if (group->len > 1)
        func (check, group, meet_start, meet_end, data);
      g_ptr_array_set_size (group, 0);
      if (slot == NULL)
        break;
      g_ptr_array_add (group, slot->session);
      group_end = slot->end;
      meet_end = G_MININT64;
    }
}

/* The key of a group does not depend on the order its sessions came in */
static char *
group_key (const char *rule,
           const char *what,
           GPtrArray  *group)
{
  g_autoptr(GPtrArray) by_id = g_ptr_array_copy (group, NULL, NULL);
  GString *key = g_string_new (rule);

  g_ptr_array_sort (by_id, compare_sessions_by_id);
  g_string_append_printf (key, "|%s", what);
  for (guint i = 0; i < by_id->len; i++)
    {
      g_autofree char *part = key_part (g_ptr_array_index (by_id, i));

      g_string_append_printf (key, "|%s", part);
    }
  return g_string_free (key, FALSE);
}

/* “Welcome”, “Keynote”, “Panel” and 4 more */
static char *
group_titles (GPtrArray *group)
{
  GString *titles = g_string_new (NULL);
  guint shown = MIN (group->len, 3);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        g_string_append (titles, ", ");
      /* TRANSLATORS: a session's title in a list of them, quoted as in the other messages */
      g_string_append_printf (titles, C_("session title", "“%s”"),
                              title_of (g_ptr_array_index (group, i)));
    }
  if (group->len > shown)
    {
      guint more = group->len - shown;

      g_string_append (titles, " ");
      /* TRANSLATORS: ends a list of session titles: “Welcome”, “Keynote”, “Panel” and 4 more */
      g_string_append_printf (titles, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                   more), more);
    }
  return g_string_free (titles, FALSE);
}

static gboolean
only_all_rooms (GPtrArray *group)
{
  for (guint i = 0; i < group->len; i++)
    if (!podium_session_get_all_rooms (g_ptr_array_index (group, i)))
      return FALSE;
  return TRUE;
}

static void
room_overlap (Check     *check,
              GPtrArray *group,
              gint64     start,
              gint64     end,
              gpointer   data)
{
  PodiumRoom *room = data;
  PodiumSession *a = g_ptr_array_index (group, 0);
  PodiumSession *b = g_ptr_array_index (group, 1);
  g_autofree char *range = NULL;
  char *message;

  /* All-rooms sessions among themselves are reported once, by the sweep over them */
  if (room != NULL && only_all_rooms (group))
    return;

  range = podium_labels_time_range (start, end);
  if (group->len == 2)
    {
      if (room != NULL)
        /* TRANSLATORS: “Welcome” and “Keynote” overlap in Room 1 (10:15–10:30) */
        message = g_strdup_printf (_("“%s” and “%s” overlap in %s (%s)"),
                                   title_of (a), title_of (b), podium_room_get_name (room), range);
      else
        message = g_strdup_printf (_("“%s” and “%s” both span all rooms and overlap (%s)"),
                                   title_of (a), title_of (b), range);
      report (check, "room-overlap", PODIUM_SEVERITY_ERROR, message,
              pair_key ("room-overlap", room != NULL ? id_of (room) : "*", a, b), a, b);
      return;
    }

  {
    g_autofree char *titles = group_titles (group);

    if (room != NULL)
      /* TRANSLATORS: 7 sessions overlap in Room 1 (10:00–10:30): “Welcome”, “Keynote”,
       * “Panel” and 4 more */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session overlaps in %s (%s): %s",
                                              "%u sessions overlap in %s (%s): %s", group->len),
                                 group->len, podium_room_get_name (room), range, titles);
    else
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session spans all rooms and overlaps (%s): %s",
                                              "%u sessions span all rooms and overlap (%s): %s",
                                              group->len),
                                 group->len, range, titles);
  }
  report_sessions (check, "room-overlap", PODIUM_SEVERITY_ERROR, message,
                   group_key ("room-overlap", room != NULL ? id_of (room) : "*", group), group);
}

static void
person_double_booked (Check     *check,
                      GPtrArray *group,
                      gint64     start,
                      gint64     end,
                      gpointer   data)
{
  g_autofree char *name = podium_labels_person (data);
  g_autofree char *range = podium_labels_time_range (start, end);
  PodiumSession *a = g_ptr_array_index (group, 0);
  PodiumSession *b = g_ptr_array_index (group, 1);
  g_autofree char *titles = NULL;

  if (group->len == 2)
    {
      report (check, "person-double-booked", PODIUM_SEVERITY_ERROR,
              /* TRANSLATORS: Prof. Michael Behr is booked for both “Welcome” and “Panel”
               * (10:15–10:30) */
              g_strdup_printf (_("%s is booked for both “%s” and “%s” (%s)"),
                               name, title_of (a), title_of (b), range),
              pair_key ("person-double-booked", id_of (data), a, b), a, b);
      return;
    }

  titles = group_titles (group);
  report_sessions (check, "person-double-booked", PODIUM_SEVERITY_ERROR,
                   /* TRANSLATORS: Prof. Michael Behr is booked for 3 sessions at once
                    * (10:15–10:30): “Welcome”, “Panel”, “Talk” */
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s is booked for %u session at once (%s): %s",
                                                 "%s is booked for %u sessions at once (%s): %s",
                                                 group->len),
                                    name, group->len, range, titles),
                   group_key ("person-double-booked", id_of (data), group), group);
}

/* @slots: the person's sessions, sorted by time */
static void
check_room_changes (Check        *check,
                    PodiumPerson *person,
                    GPtrArray    *slots)
{
  Slot *latest = NULL;  /* the one that ends last so far */

  for (guint i = 0; i < slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (slots, i);

      if (latest != NULL && slot->start >= latest->end &&
          slot->start - latest->end < ROOM_CHANGE_MINUTES &&
          latest->room != NULL && slot->room != NULL && latest->room != slot->room)
        {
          int gap = slot->start - latest->end;
          g_autofree char *name = podium_labels_person (person);
          g_autofree char *rooms = g_strjoin (">", id_of (person), id_of (latest->room),
                                              id_of (slot->room), NULL);

          report (check, "tight-room-change", PODIUM_SEVERITY_INFO,
                  /* TRANSLATORS: Sabine Wosche has 5 minutes to get from “Welcome” in
                   * Plenarsaal to “Workshop” in Room 2 */
                  g_strdup_printf (ngettext ("%s has %d minute to get from “%s” in %s "
                                             "to “%s” in %s",
                                             "%s has %d minutes to get from “%s” in %s "
                                             "to “%s” in %s",
                                             gap),
                                   name, gap, title_of (latest->session),
                                   podium_room_get_name (latest->room),
                                   title_of (slot->session), podium_room_get_name (slot->room)),
                  pair_key ("tight-room-change", rooms, latest->session, slot->session),
                  latest->session, slot->session);
        }

      if (latest == NULL || slot->end > latest->end)
        latest = slot;
    }
}

typedef struct
{
  gint64 start;
  gint64 end;
} Window;

static int
compare_windows (gconstpointer a,
                 gconstpointer b)
{
  const Window *wa = a;
  const Window *wb = b;

  return wa->start < wb->start ? -1 : wa->start > wb->start;
}

/* @slots: the person's sessions */
static void
check_availability (Check        *check,
                    PodiumPerson *person,
                    GPtrArray    *slots)
{
  GPtrArray *availability = podium_person_get_availability (person);
  g_autoptr(GArray) windows = NULL;
  g_autofree char *name = NULL;
  guint n = 0;

  if (availability == NULL || availability->len == 0)
    return;

  /* Windows that touch or overlap make one: 9–12 and 12–15 cover a talk at 11:30 */
  windows = g_array_sized_new (FALSE, FALSE, sizeof (Window), availability->len);
  for (guint i = 0; i < availability->len; i++)
    {
      PodiumSpan *span = g_ptr_array_index (availability, i);
      Window window = { span->start, span->end };

      g_array_append_val (windows, window);
    }
  g_array_sort (windows, compare_windows);
  for (guint i = 1; i < windows->len; i++)
    {
      Window *last = &g_array_index (windows, Window, n);
      Window *next = &g_array_index (windows, Window, i);

      if (next->start <= last->end)
        last->end = MAX (last->end, next->end);
      else
        g_array_index (windows, Window, ++n) = *next;
    }
  g_array_set_size (windows, n + 1);

  name = podium_labels_person (person);
  for (guint i = 0; i < slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (slots, i);
      PodiumSession *session = slot->session;
      gboolean inside = FALSE;

      for (guint j = 0; j < windows->len && !inside; j++)
        {
          Window *window = &g_array_index (windows, Window, j);

          inside = window->start <= slot->start && slot->end <= window->end;
        }

      if (!inside)
        {
          g_autofree char *range = podium_labels_time_range (slot->start, slot->end);
          g_autofree char *part = key_part (session);

          report (check, "person-unavailable", PODIUM_SEVERITY_WARNING,
                  /* TRANSLATORS: Martin Dulig is not available for “Panel” (14:00–15:00) */
                  g_strdup_printf (_("%s is not available for “%s” (%s)"),
                                   name, title_of (session), range),
                  g_strjoin ("|", "person-unavailable", id_of (person), part, NULL),
                  session, NULL);
        }
    }
}

/* Recomputation */

static void
add_to_group (GHashTable *groups,
              gpointer    owner,
              Slot       *slot)
{
  GPtrArray *list = g_hash_table_lookup (groups, owner);

  if (list == NULL)
    g_hash_table_insert (groups, owner, (list = g_ptr_array_new ()));
  /* A person with two roles in one session is added once: roles come session by session */
  if (list->len == 0 || g_ptr_array_index (list, list->len - 1) != slot)
    g_ptr_array_add (list, slot);
}

static gboolean
same_conflicts (GPtrArray *a,
                GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      PodiumConflict *ca = g_ptr_array_index (a, i);
      PodiumConflict *cb = g_ptr_array_index (b, i);

      if (!g_str_equal (ca->key, cb->key) || !g_str_equal (ca->message, cb->message) ||
          ca->rule != cb->rule)
        return FALSE;
    }
  return TRUE;
}

static GHashTable *
collect_acknowledged (PodiumDocument *document)
{
  GListModel *acks = podium_document_get_acknowledgements (document);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (acks);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumAcknowledgement) ack = g_list_model_get_item (acks, i);

      g_hash_table_add (set, g_strconcat (podium_acknowledgement_get_rule (ack) ?: "", "\n",
                                          podium_acknowledgement_get_key (ack) ?: "", NULL));
    }
  return set;
}

static void
recompute (PodiumConflicts *self)
{
  GListModel *sessions = podium_document_get_sessions (self->document);
  guint n = g_list_model_get_n_items (sessions);
  g_autoptr(GPtrArray) alive = g_ptr_array_new_full (n, g_object_unref);
  /* Sized once, so the groups' pointers into it stay valid */
  g_autoptr(GArray) slots = g_array_sized_new (FALSE, FALSE, sizeof (Slot), n);
  g_autoptr(GPtrArray) all_rooms = g_ptr_array_new ();
  g_autoptr(GHashTable) by_room = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) by_person = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) acknowledged = collect_acknowledged (self->document);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) assigned = NULL;
  g_autoptr(GHashTable) first_choices = NULL;
  Check check = { self, acknowledged, found, NULL, NULL };
  GHashTableIter iter;
  gpointer owner, list;
  guint old_count = self->items->len;

  if (podium_participants_in_use (self->document))
    {
      check.assigned = assigned = podium_participants_assigned_counts (self->document);
      check.first_choices = first_choices = podium_participants_first_choice_counts (self->document);
    }

  for (guint i = 0; i < n; i++)
    {
      PodiumSession *session = g_list_model_get_item (sessions, i);
      GListModel *roles;
      guint n_roles;
      Slot *slot;

      g_ptr_array_add (alive, session);
      if (podium_session_get_status (session) == PODIUM_STATUS_CANCELLED)
        continue;

      check_session (&check, session);

      if (!podium_session_is_scheduled (session))
        continue;

      g_array_set_size (slots, slots->len + 1);
      slot = &g_array_index (slots, Slot, slots->len - 1);
      slot->session = session;
      slot->room = has_room (session) ? podium_session_get_room (session) : NULL;
      slot->start = start_of (session);
      slot->end = end_of (session);
      slot->position = i;

      if (slot->room == NULL)
        g_ptr_array_add (all_rooms, slot);
      else
        add_to_group (by_room, slot->room, slot);

      roles = podium_session_get_roles (session);
      n_roles = g_list_model_get_n_items (roles);
      for (guint j = 0; j < n_roles; j++)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, j);

          /* A role held only by an organisation books nobody */
          if (podium_role_get_person (role) != NULL)
            add_to_group (by_person, podium_role_get_person (role), slot);
        }
    }

  g_ptr_array_sort (all_rooms, compare_slots);
  sweep (&check, all_rooms, room_overlap, NULL);

  /* An all-rooms session takes place in every room that has sessions */
  g_hash_table_iter_init (&iter, by_room);
  while (g_hash_table_iter_next (&iter, &owner, &list))
    {
      g_ptr_array_extend (list, all_rooms, NULL, NULL);
      g_ptr_array_sort (list, compare_slots);
      sweep (&check, list, room_overlap, owner);
    }

  g_hash_table_iter_init (&iter, by_person);
  while (g_hash_table_iter_next (&iter, &owner, &list))
    {
      g_ptr_array_sort (list, compare_slots);
      sweep (&check, list, person_double_booked, owner);
      check_room_changes (&check, owner, list);
      check_availability (&check, owner, list);
    }

  g_ptr_array_sort (found, compare_conflicts);
  if (same_conflicts (self->items, found))
    return;

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&found);

  memset (self->counts, 0, sizeof self->counts);
  g_hash_table_remove_all (self->by_session);
  for (guint i = 0; i < self->items->len; i++)
    {
      PodiumConflict *conflict = g_ptr_array_index (self->items, i);

      self->counts[conflict->severity]++;
      for (guint j = 0; j < conflict->sessions->len; j++)
        {
          gpointer session = g_ptr_array_index (conflict->sessions, j);
          GPtrArray *of_session = g_hash_table_lookup (self->by_session, session);

          if (of_session == NULL)
            g_hash_table_insert (self->by_session, session, (of_session = g_ptr_array_new ()));
          g_ptr_array_add (of_session, conflict);
        }
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_count, self->items->len);
  if (old_count != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COUNT]);
  g_signal_emit (self, signals [CHANGED], 0);
}

/* Callbacks */

static void
on_document_changed_cb (PodiumConflicts *self)
{
  recompute (self);
}

/* PodiumConflict */

static void
podium_conflict_finalize (GObject *object)
{
  PodiumConflict *self = (PodiumConflict *)object;

  g_free (self->message);
  g_free (self->key);
  g_ptr_array_unref (self->sessions);

  G_OBJECT_CLASS (podium_conflict_parent_class)->finalize (object);
}

static void
podium_conflict_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PodiumConflict *self = PODIUM_CONFLICT (object);

  switch (prop_id)
    {
    case CONFLICT_PROP_RULE:
      g_value_set_string (value, self->rule);
      break;

    case CONFLICT_PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case CONFLICT_PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case CONFLICT_PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case CONFLICT_PROP_START:
      g_value_set_int64 (value, self->start);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podium_conflict_class_init (PodiumConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = podium_conflict_finalize;
  object_class->get_property = podium_conflict_get_property;

  conflict_properties [CONFLICT_PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL, NULL, flags);
  conflict_properties [CONFLICT_PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, PODIUM_TYPE_SEVERITY, PODIUM_SEVERITY_ERROR, flags);
  conflict_properties [CONFLICT_PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, flags);
  conflict_properties [CONFLICT_PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL, flags);
  conflict_properties [CONFLICT_PROP_START] =
    g_param_spec_int64 ("start", NULL, NULL, G_MININT64, G_MAXINT64, PODIUM_TIME_NONE, flags);

  g_object_class_install_properties (object_class, CONFLICT_N_PROPS, conflict_properties);
}

static void
podium_conflict_init (PodiumConflict *self)
{
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->start = PODIUM_TIME_NONE;
}

/* PodiumConflicts */

static GType
podium_conflicts_get_item_type (GListModel *model)
{
  return PODIUM_TYPE_CONFLICT;
}

static guint
podium_conflicts_get_n_items (GListModel *model)
{
  return PODIUM_CONFLICTS (model)->items->len;
}

static gpointer
podium_conflicts_get_item (GListModel *model,
                           guint       position)
{
  PodiumConflicts *self = PODIUM_CONFLICTS (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
podium_conflicts_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = podium_conflicts_get_item_type;
  iface->get_n_items = podium_conflicts_get_n_items;
  iface->get_item = podium_conflicts_get_item;
}

static void
podium_conflicts_constructed (GObject *object)
{
  PodiumConflicts *self = (PodiumConflicts *)object;

  G_OBJECT_CLASS (podium_conflicts_parent_class)->constructed (object);

  g_return_if_fail (PODIUM_IS_DOCUMENT (self->document));

  self->changed_handler = g_signal_connect_swapped (self->document, "changed",
                                                    G_CALLBACK (on_document_changed_cb), self);
  recompute (self);
}

static void
podium_conflicts_dispose (GObject *object)
{
  PodiumConflicts *self = (PodiumConflicts *)object;

  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_handler, self->document);
  g_clear_object (&self->document);
  g_hash_table_remove_all (self->by_session);
  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (podium_conflicts_parent_class)->dispose (object);
}

static void
podium_conflicts_finalize (GObject *object)
{
  PodiumConflicts *self = (PodiumConflicts *)object;

  g_hash_table_unref (self->by_session);
  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (podium_conflicts_parent_class)->finalize (object);
}

static void
podium_conflicts_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PodiumConflicts *self = PODIUM_CONFLICTS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_COUNT:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podium_conflicts_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PodiumConflicts *self = PODIUM_CONFLICTS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podium_conflicts_class_init (PodiumConflictsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = podium_conflicts_constructed;
  object_class->dispose = podium_conflicts_dispose;
  object_class->finalize = podium_conflicts_finalize;
  object_class->get_property = podium_conflicts_get_property;
  object_class->set_property = podium_conflicts_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PODIUM_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PodiumConflicts::changed:
   *
   * Emitted after the list of conflicts changed, once per document step at most.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
podium_conflicts_init (PodiumConflicts *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_session = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

/* Public API */

const char *
podium_severity_get_label (PodiumSeverity severity)
{
  switch (severity)
    {
    case PODIUM_SEVERITY_ERROR:
      return C_("severity", "Error");
    case PODIUM_SEVERITY_WARNING:
      return C_("severity", "Warning");
    case PODIUM_SEVERITY_INFO:
      return C_("severity", "Information");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
podium_conflict_get_rule (PodiumConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFLICT (self), NULL);

  return self->rule;
}

PodiumSeverity
podium_conflict_get_severity (PodiumConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFLICT (self), PODIUM_SEVERITY_ERROR);

  return self->severity;
}

const char *
podium_conflict_get_message (PodiumConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFLICT (self), NULL);

  return self->message;
}

const char *
podium_conflict_get_key (PodiumConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFLICT (self), NULL);

  return self->key;
}

GPtrArray *
podium_conflict_get_sessions (PodiumConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFLICT (self), NULL);

  return self->sessions;
}

gint64
podium_conflict_get_start (PodiumConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFLICT (self), PODIUM_TIME_NONE);

  return self->start;
}

gboolean
podium_conflict_involves (PodiumConflict *self,
                          PodiumSession  *session)
{
  g_return_val_if_fail (PODIUM_IS_CONFLICT (self), FALSE);
  g_return_val_if_fail (PODIUM_IS_SESSION (session), FALSE);

  return g_ptr_array_find (self->sessions, session, NULL);
}

/**
 * podium_conflicts_new:
 * @document: the document to watch
 *
 * Returns: (transfer full): the conflicts of @document, computed at once and then after
 *   every change
 */
PodiumConflicts *
podium_conflicts_new (PodiumDocument *document)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  return g_object_new (PODIUM_TYPE_CONFLICTS, "document", document, NULL);
}

PodiumDocument *
podium_conflicts_get_document (PodiumConflicts *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFLICTS (self), NULL);

  return self->document;
}

void
podium_conflicts_refresh (PodiumConflicts *self)
{
  g_return_if_fail (PODIUM_IS_CONFLICTS (self));
  g_return_if_fail (self->document != NULL);

  recompute (self);
}

guint
podium_conflicts_get_count (PodiumConflicts *self)
{
  g_return_val_if_fail (PODIUM_IS_CONFLICTS (self), 0);

  return self->items->len;
}

guint
podium_conflicts_get_count_for_severity (PodiumConflicts *self,
                                         PodiumSeverity   severity)
{
  g_return_val_if_fail (PODIUM_IS_CONFLICTS (self), 0);
  g_return_val_if_fail (severity < PODIUM_N_SEVERITIES, 0);

  return self->counts[severity];
}

/**
 * podium_conflicts_for_session:
 *
 * Returns: (transfer full) (element-type PodiumConflict): the unacknowledged
 *   conflicts involving @session, in list order (possibly none)
 */
GPtrArray *
podium_conflicts_for_session (PodiumConflicts *self,
                              PodiumSession   *session)
{
  GPtrArray *found;
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PODIUM_IS_CONFLICTS (self), result);
  g_return_val_if_fail (PODIUM_IS_SESSION (session), result);

  if ((found = g_hash_table_lookup (self->by_session, session)) != NULL)
    for (guint i = 0; i < found->len; i++)
      g_ptr_array_add (result, g_object_ref (g_ptr_array_index (found, i)));

  return result;
}

/**
 * podium_conflicts_acknowledge:
 * @conflict: a conflict of this list
 *
 * Accepts @conflict: stores a #PodiumAcknowledgement with its rule and key in the
 * document as one undo step. It warns again when its cause changes.
 */
void
podium_conflicts_acknowledge (PodiumConflicts *self,
                              PodiumConflict  *conflict)
{
  g_autoptr(PodiumAcknowledgement) ack = NULL;
  g_autoptr(GHashTable) acknowledged = NULL;
  g_autofree char *wanted = NULL;

  g_return_if_fail (PODIUM_IS_CONFLICTS (self));
  g_return_if_fail (PODIUM_IS_CONFLICT (conflict));
  g_return_if_fail (self->document != NULL);

  /* Accepting twice would leave a second acknowledgement behind the first one's undo */
  acknowledged = collect_acknowledged (self->document);
  wanted = g_strconcat (conflict->rule, "\n", conflict->key, NULL);
  if (g_hash_table_contains (acknowledged, wanted))
    return;

  ack = g_object_new (PODIUM_TYPE_ACKNOWLEDGEMENT,
                      "rule", conflict->rule,
                      "key", conflict->key,
                      NULL);
  podium_document_begin (self->document, _("Accept Problem"));
  podium_document_add (self->document, ack);
  podium_document_end (self->document);
}
