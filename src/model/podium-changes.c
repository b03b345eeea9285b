/* podium-changes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podium-changes.h"
#include "podium-labels.h"
#include "podium-time.h"

/* A change and where it goes in the list */
typedef struct
{
  PodiumChange *change;
  gint64        start;
} Entry;

void
podium_change_free (PodiumChange *change)
{
  if (change == NULL)
    return;

  g_free (change->object_id);
  g_free (change->person_id);
  g_free (change->text);
  g_free (change);
}

GPtrArray *
podium_changes_snapshot (PodiumDocument *document)
{
  g_autoptr(GPtrArray) sessions = NULL;
  GPtrArray *programme;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  sessions = podium_document_list_sessions_by_time (document);
  programme = g_ptr_array_new_full (sessions->len, (GDestroyNotify) podium_snapshot_session_free);
  for (guint i = 0; i < sessions->len; i++)
    {
      PodiumSession *session = g_ptr_array_index (sessions, i);
      PodiumRoom *room = podium_session_get_room (session);
      GListModel *roles = podium_session_get_roles (session);
      PodiumSnapshotSession *entry = podium_snapshot_session_new ();

      entry->session = g_strdup (podium_object_get_id (PODIUM_OBJECT (session)));
      entry->title = g_strdup (podium_session_get_title (session));
      entry->kind = podium_session_get_kind (session);
      entry->start = podium_session_get_start (session);
      entry->end = podium_session_get_end (session);
      entry->all_rooms = podium_session_get_all_rooms (session);
      if (!entry->all_rooms && room != NULL)
        {
          entry->room = g_strdup (podium_object_get_id (PODIUM_OBJECT (room)));
          entry->room_name = g_strdup (podium_room_get_name (room));
        }
      entry->cancelled = podium_session_get_status (session) == PODIUM_STATUS_CANCELLED;

      for (guint j = 0; j < g_list_model_get_n_items (roles); j++)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, j);
          PodiumPerson *person = podium_role_get_person (role);
          g_autofree char *name = NULL;

          if (person == NULL)
            continue;
          name = podium_labels_person (person);
          g_ptr_array_add (entry->people,
                           podium_snapshot_person_new (podium_role_get_role (role),
                                                       podium_object_get_id (PODIUM_OBJECT (person)),
                                                       name));
        }
      g_ptr_array_add (programme, entry);
    }

  return programme;
}

/* A start as the programme prints it: the time, and the short date of the programme's
 * lists when the conference has several days; with @end, the time range */
static char *
format_when (gint64   start,
             gint64   end,
             gboolean several_days)
{
  g_autofree char *clock = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) dt = NULL;

  if (end != PODIUM_TIME_NONE)
    clock = podium_labels_time_range (start, end);
  else
    clock = podium_time_format_clock (podium_time_get_clock (start));
  if (!several_days)
    return g_steal_pointer (&clock);

  utc = g_time_zone_new_utc ();
  dt = podium_time_to_date_time (start, utc);
  /* TRANSLATORS: a short date in lists, see strftime(3): "Mon 20 Nov"; German "%a, %-d. %b" */
  date = g_date_time_format (dt, _("%a %-d %b"));
  /* TRANSLATORS: a short date and a time: "Tue 21 Nov 10:00" */
  return g_strdup_printf (C_("date and time", "%s %s"), date, clock);
}

static const char *
place_name (const PodiumSnapshotSession *entry)
{
  if (entry->all_rooms || entry->room_name == NULL)
    return _("All rooms");
  return entry->room_name;
}

static gboolean
same_place (const PodiumSnapshotSession *a,
            const PodiumSnapshotSession *b)
{
  return a->all_rooms == b->all_rooms && g_strcmp0 (a->room, b->room) == 0;
}

static void
add_change (GArray           *entries,
            PodiumChangeKind  kind,
            const char       *object_id,
            const char       *person_id,
            gint64            start,
            char             *text)
{
  Entry entry;

  entry.change = g_new0 (PodiumChange, 1);
  entry.change->kind = kind;
  entry.change->object_id = g_strdup (object_id);
  entry.change->person_id = g_strdup (person_id);
  entry.change->text = text;
  entry.start = start;
  g_array_append_val (entries, entry);
}

static char *
person_text (gboolean    added,
             PodiumRoleKind role,
             const char *name,
             const char *title)
{
  switch (role)
    {
    case PODIUM_ROLE_MODERATOR:
      return added ? g_strdup_printf (_("%s now moderates “%s”"), name, title)
                   : g_strdup_printf (_("%s no longer moderates “%s”"), name, title);
    case PODIUM_ROLE_IMPULSE:
      return added ? g_strdup_printf (_("%s now gives the impulse in “%s”"), name, title)
                   : g_strdup_printf (_("%s no longer gives the impulse in “%s”"), name, title);
    case PODIUM_ROLE_PANELIST:
      return added ? g_strdup_printf (_("%s is now on the panel of “%s”"), name, title)
                   : g_strdup_printf (_("%s is no longer on the panel of “%s”"), name, title);
    case PODIUM_ROLE_HOST:
      return added ? g_strdup_printf (_("%s now hosts “%s”"), name, title)
                   : g_strdup_printf (_("%s no longer hosts “%s”"), name, title);
    case PODIUM_ROLE_SPEAKER:
    default:
      return added ? g_strdup_printf (_("%s now speaks in “%s”"), name, title)
                   : g_strdup_printf (_("%s no longer speaks in “%s”"), name, title);
    }
}

static gboolean
has_person (const PodiumSnapshotSession *entry,
            const PodiumSnapshotPerson  *person)
{
  for (guint i = 0; i < entry->people->len; i++)
    {
      const PodiumSnapshotPerson *other = g_ptr_array_index (entry->people, i);

      if (other->role == person->role && g_strcmp0 (other->person, person->person) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
compare_people (GArray                      *entries,
                const PodiumSnapshotSession *old,
                const PodiumSnapshotSession *now)
{
  for (guint i = 0; i < old->people->len; i++)
    {
      const PodiumSnapshotPerson *person = g_ptr_array_index (old->people, i);

      if (!has_person (now, person))
        add_change (entries, PODIUM_CHANGE_PERSON_REMOVED, now->session, person->person, now->start,
                    person_text (FALSE, person->role, person->name, now->title));
    }
  for (guint i = 0; i < now->people->len; i++)
    {
      const PodiumSnapshotPerson *person = g_ptr_array_index (now->people, i);

      if (!has_person (old, person))
        add_change (entries, PODIUM_CHANGE_PERSON_ADDED, now->session, person->person, now->start,
                    person_text (TRUE, person->role, person->name, now->title));
    }
}

static void
compare_place (GArray                      *entries,
               const PodiumSnapshotSession *old,
               const PodiumSnapshotSession *now,
               gboolean                     several_days)
{
  gboolean moved_in_time = old->start != now->start;
  gboolean moved_room = !same_place (old, now);
  /* A changed length shows as time ranges; an unchanged one as the starts alone */
  gboolean resized = now->end - now->start != old->end - old->start;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  char *text;

  if (!moved_in_time && !moved_room)
    {
      g_autofree char *old_end = NULL;
      g_autofree char *new_end = NULL;

      if (old->end == now->end)
        return;
      old_end = podium_time_format_clock (podium_time_get_clock (old->end));
      new_end = podium_time_format_clock (podium_time_get_clock (now->end));
      add_change (entries, PODIUM_CHANGE_MOVED, now->session, NULL, now->start,
                  g_strdup_printf (_("“%s” now ends at %s instead of %s"), now->title, new_end, old_end));
      return;
    }

  from = format_when (old->start, resized ? old->end : PODIUM_TIME_NONE, several_days);
  to = format_when (now->start, resized ? now->end : PODIUM_TIME_NONE, several_days);
  if (moved_in_time && moved_room)
    /* TRANSLATORS: "“Keynote” moved from Tue 21 Nov 10:00, Plenary to Tue 21 Nov 11:30, Room 2" */
    text = g_strdup_printf (_("“%s” moved from %s, %s to %s, %s"), now->title,
                            from, place_name (old), to, place_name (now));
  else if (moved_in_time)
    /* TRANSLATORS: "“Keynote” moved from 10:00 to 11:30" */
    text = g_strdup_printf (C_("moved in time", "“%s” moved from %s to %s"), now->title, from, to);
  else
    /* TRANSLATORS: "“Keynote” moved from Plenary to Room 2 (10:00)" */
    text = g_strdup_printf (C_("moved to another room", "“%s” moved from %s to %s (%s)"), now->title,
                            place_name (old), place_name (now), to);
  add_change (entries, PODIUM_CHANGE_MOVED, now->session, NULL, now->start, text);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a;
  const Entry *eb = b;

  return ea->start < eb->start ? -1 : ea->start > eb->start ? 1 : 0;
}

/**
 * podium_changes_compute:
 * @version: a version of @document
 *
 * Compares what @version recorded with what @document's programme says now: sessions
 * are matched by id; one session can have several changes (moved and retitled).
 */
GPtrArray *
podium_changes_compute (PodiumVersion  *version,
                        PodiumDocument *document)
{
  g_autoptr(GPtrArray) now = NULL;
  g_autoptr(GHashTable) old_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) now_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  PodiumConference *conference;
  GPtrArray *old;
  GPtrArray *result;
  gboolean several_days;

  g_return_val_if_fail (PODIUM_IS_VERSION (version), NULL);
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  conference = podium_document_get_conference (document);
  several_days = podium_conference_get_end_date (conference) != podium_conference_get_start_date (conference);

  old = podium_version_get_programme (version);
  now = podium_changes_snapshot (document);
  for (guint i = 0; old != NULL && i < old->len; i++)
    {
      PodiumSnapshotSession *entry = g_ptr_array_index (old, i);
      g_hash_table_insert (old_by_id, entry->session, entry);
    }
  for (guint i = 0; i < now->len; i++)
    {
      PodiumSnapshotSession *entry = g_ptr_array_index (now, i);
      g_hash_table_insert (now_by_id, entry->session, entry);
    }

  for (guint i = 0; old != NULL && i < old->len; i++)
    {
      PodiumSnapshotSession *entry = g_ptr_array_index (old, i);

      if (!g_hash_table_contains (now_by_id, entry->session))
        add_change (entries, PODIUM_CHANGE_REMOVED, entry->session, NULL, entry->start,
                    g_strdup_printf (_("“%s” was removed from the programme"), entry->title));
    }

  for (guint i = 0; i < now->len; i++)
    {
      PodiumSnapshotSession *entry = g_ptr_array_index (now, i);
      PodiumSnapshotSession *was = g_hash_table_lookup (old_by_id, entry->session);

      if (was == NULL)
        {
          g_autofree char *when = NULL;

          /* A session added as cancelled never was in the programme: nothing to tell */
          if (entry->cancelled)
            continue;
          when = format_when (entry->start, entry->end, several_days);
          /* TRANSLATORS: "“Workshop B” was added: Tue 21 Nov 14:00–15:00, Room 2" */
          add_change (entries, PODIUM_CHANGE_ADDED, entry->session, NULL, entry->start,
                      g_strdup_printf (_("“%s” was added: %s, %s"), entry->title, when,
                                       place_name (entry)));
          continue;
        }

      if (g_strcmp0 (was->title, entry->title) != 0)
        add_change (entries, PODIUM_CHANGE_RETITLED, entry->session, NULL, entry->start,
                    g_strdup_printf (_("“%s” is now called “%s”"), was->title, entry->title));
      if (!was->cancelled && entry->cancelled)
        add_change (entries, PODIUM_CHANGE_CANCELLED, entry->session, NULL, entry->start,
                    g_strdup_printf (_("“%s” was cancelled"), entry->title));
      else if (was->cancelled && !entry->cancelled)
        add_change (entries, PODIUM_CHANGE_REINSTATED, entry->session, NULL, entry->start,
                    g_strdup_printf (_("“%s” takes place again"), entry->title));
      compare_place (entries, was, entry, several_days);
      compare_people (entries, was, entry);
    }

  /* Stable, so that one session's changes stay in the order above */
  g_array_sort (entries, compare_entries);
  result = g_ptr_array_new_full (entries->len, (GDestroyNotify) podium_change_free);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (result, g_array_index (entries, Entry, i).change);
  return result;
}

PodiumVersion *
podium_changes_find_version (PodiumDocument *document,
                             const char     *name)
{
  GListModel *versions;
  guint n;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  versions = podium_document_get_versions (document);
  n = g_list_model_get_n_items (versions);
  /* A name first, the newest of that name; an id only when no name matches */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(PodiumVersion) version = g_list_model_get_item (versions, i - 1);

      if (g_strcmp0 (podium_version_get_name (version), name) == 0)
        return version;
    }
  return podium_document_lookup (document, PODIUM_TYPE_VERSION, name);
}

gboolean
podium_version_is_approved_by_all (PodiumVersion  *version,
                                   PodiumDocument *document)
{
  GPtrArray *co;

  g_return_val_if_fail (PODIUM_IS_VERSION (version), FALSE);
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), FALSE);

  co = podium_conference_get_co_organizers (podium_document_get_conference (document));
  if (co == NULL || co->len == 0)
    return FALSE;
  for (guint i = 0; i < co->len; i++)
    if (podium_version_lookup_approval (version, g_ptr_array_index (co, i)) == NULL)
      return FALSE;
  return TRUE;
}

gboolean
podium_version_is_superseded (PodiumVersion  *version,
                              PodiumDocument *document)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (PODIUM_IS_VERSION (version), FALSE);
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), FALSE);

  if (!podium_version_is_approved_by_all (version, document))
    return FALSE;
  changes = podium_changes_compute (version, document);
  return changes->len > 0;
}

char *
podium_version_label (PodiumVersion *version)
{
  const char *note;

  g_return_val_if_fail (PODIUM_IS_VERSION (version), NULL);

  note = podium_version_get_note (version);
  if (note == NULL || *note == '\0')
    return g_strdup (podium_version_get_name (version));
  /* TRANSLATORS: a version's name and its note: "v2 — an die Ministerien versandt" */
  return g_strdup_printf (C_("version", "%s — %s"), podium_version_get_name (version), note);
}

char *
podium_version_approval_label (PodiumVersion  *version,
                               PodiumDocument *document)
{
  GPtrArray *co;
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (PODIUM_IS_VERSION (version), NULL);
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  if (!podium_version_is_approved_by_all (version, document) ||
      podium_version_is_superseded (version, document))
    return NULL;

  co = podium_conference_get_co_organizers (podium_document_get_conference (document));
  for (guint i = 0; i < co->len; i++)
    g_string_append_printf (names, "%s%s", i ? ", " : "",
                            podium_labels_organization (g_ptr_array_index (co, i)));
  /* TRANSLATORS: in a programme's footer, the co-organisers: "Agreed with ZEFAS, FiF" */
  return g_strdup_printf (_("Agreed with %s"), names->str);
}
