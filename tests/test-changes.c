/* test-changes.c — published versions, the changes since one, and their sign-off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "podium-model.h"

typedef struct
{
  PodiumDocument     *document;
  PodiumOrganization *thaff;
  PodiumOrganization *zefas;
  PodiumOrganization *fif;
  PodiumPerson       *anna;
  PodiumPerson       *behr;
  PodiumRoom         *plenary;
  PodiumRoom         *room2;
  PodiumSession      *keynote;
  PodiumSession      *workshop;
  PodiumSession      *lunch;
} Fixture;

static gint64
at (const char *text)
{
  gint64 time = PODIUM_TIME_NONE;

  g_assert_true (podium_time_parse (text, &time));
  return time;
}

/* A two-day conference (Mon 20 and Tue 21 November 2023), hosted by ThAFF with ZEFAS
 * and FiF, three sessions in the programme */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) co = g_ptr_array_new_with_free_func (g_object_unref);
  int day;

  f->document = podium_document_new ();
  f->thaff = g_object_new (PODIUM_TYPE_ORGANIZATION, "id", "thaff", "name", "Thüringer Agentur", "short-name", "ThAFF", NULL);
  f->zefas = g_object_new (PODIUM_TYPE_ORGANIZATION, "id", "zefas", "name", "Zentrum für Fachkräftesicherung", "short-name", "ZEFAS", NULL);
  f->fif = g_object_new (PODIUM_TYPE_ORGANIZATION, "id", "fif", "name", "FiF", NULL);
  f->anna = g_object_new (PODIUM_TYPE_PERSON, "id", "anna", "name", "Anna Schmidt", NULL);
  f->behr = g_object_new (PODIUM_TYPE_PERSON, "id", "behr", "name", "Michael Behr", "honorific", "Prof.", NULL);
  f->plenary = g_object_new (PODIUM_TYPE_ROOM, "id", "plenary", "name", "Plenary", NULL);
  f->room2 = g_object_new (PODIUM_TYPE_ROOM, "id", "room2", "name", "Room 2", NULL);
  f->keynote = g_object_new (PODIUM_TYPE_SESSION, "id", "keynote", "title", "Keynote: Fachkräfte", "kind", PODIUM_SESSION_KEYNOTE, NULL);
  f->workshop = g_object_new (PODIUM_TYPE_SESSION, "id", "workshop", "title", "Workshop A", "kind", PODIUM_SESSION_WORKSHOP, NULL);
  f->lunch = g_object_new (PODIUM_TYPE_SESSION, "id", "lunch", "title", "Lunch", "kind", PODIUM_SESSION_MEAL, NULL);

  podium_document_add (f->document, f->thaff);
  podium_document_add (f->document, f->zefas);
  podium_document_add (f->document, f->fif);
  podium_document_add (f->document, f->anna);
  podium_document_add (f->document, f->behr);
  podium_document_add (f->document, f->plenary);
  podium_document_add (f->document, f->room2);
  podium_document_add (f->document, f->keynote);
  podium_document_add (f->document, f->workshop);
  podium_document_add (f->document, f->lunch);

  g_assert_true (podium_time_parse_date ("2023-11-20", &day));
  g_ptr_array_add (co, g_object_ref (f->zefas));
  g_ptr_array_add (co, g_object_ref (f->fif));
  podium_document_edit (f->document, podium_document_get_conference (f->document),
                        "title", "Austauschtreffen", "start-date", day, "end-date", day + 1,
                        "host", f->thaff, "co-organizers", co, NULL);

  podium_document_schedule (f->document, f->keynote, f->plenary, at ("2023-11-21T10:00"), 45);
  podium_document_schedule (f->document, f->workshop, f->room2, at ("2023-11-21T14:00"), 60);
  podium_document_schedule (f->document, f->lunch, NULL, at ("2023-11-21T12:00"), 60);
  podium_document_add_role (f->document, f->workshop, PODIUM_ROLE_SPEAKER, f->anna, NULL);
  podium_document_add_role (f->document, f->keynote, PODIUM_ROLE_MODERATOR, NULL, f->thaff);
  podium_document_clear_history (f->document);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->thaff);
  g_clear_object (&f->zefas);
  g_clear_object (&f->fif);
  g_clear_object (&f->anna);
  g_clear_object (&f->behr);
  g_clear_object (&f->plenary);
  g_clear_object (&f->room2);
  g_clear_object (&f->keynote);
  g_clear_object (&f->workshop);
  g_clear_object (&f->lunch);
  g_assert_finalize_object (f->document);
}

static PodiumVersion *
publish (Fixture *f)
{
  return podium_document_publish_version (f->document, "v2 — an die Ministerien versandt", NULL,
                                          "Anna Schmidt", at ("2023-11-01T14:00"));
}

/* The changes' texts, one a line, for an assertion that shows all of them on failure */
static char *
texts (PodiumVersion  *version,
       PodiumDocument *document)
{
  g_autoptr(GPtrArray) changes = podium_changes_compute (version, document);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    g_string_append_printf (str, "%s\n", ((PodiumChange *) g_ptr_array_index (changes, i))->text);
  return g_string_free (str, FALSE);
}

/* The one change there must be, of @kind, about @object_id */
static void
assert_one_change (PodiumVersion    *version,
                   PodiumDocument   *document,
                   PodiumChangeKind  kind,
                   const char       *object_id,
                   const char       *text)
{
  g_autoptr(GPtrArray) changes = podium_changes_compute (version, document);
  PodiumChange *change;

  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, kind);
  g_assert_cmpstr (change->object_id, ==, object_id);
  g_assert_cmpstr (change->text, ==, text);
}

static void
test_publish_records_the_programme (Fixture       *f,
                                    gconstpointer  data)
{
  PodiumVersion *version = publish (f);
  GPtrArray *programme = podium_version_get_programme (version);
  PodiumSnapshotSession *first, *last;
  g_autofree char *none = NULL;

  g_assert_true (podium_document_get_latest_version (f->document) == version);
  g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (version)), ==, "version-1");
  g_assert_cmpstr (podium_version_get_publisher (version), ==, "Anna Schmidt");

  /* in programme order: the keynote at 10:00, lunch in all rooms at 12:00, the workshop */
  g_assert_cmpuint (programme->len, ==, 3);
  first = g_ptr_array_index (programme, 0);
  last = g_ptr_array_index (programme, 2);
  g_assert_cmpstr (first->session, ==, "keynote");
  g_assert_cmpstr (first->room_name, ==, "Plenary");
  g_assert_cmpint (first->end, ==, at ("2023-11-21T10:45"));
  g_assert_true (((PodiumSnapshotSession *) g_ptr_array_index (programme, 1))->all_rooms);
  /* people by id and name; an organisation in a role is no person */
  g_assert_cmpuint (first->people->len, ==, 0);
  g_assert_cmpuint (last->people->len, ==, 1);
  g_assert_cmpstr (((PodiumSnapshotPerson *) g_ptr_array_index (last->people, 0))->name, ==, "Anna Schmidt");

  none = texts (version, f->document);
  g_assert_cmpstr (none, ==, "");

  /* one undo step, and undone it is gone */
  g_assert_true (podium_document_can_undo (f->document));
  podium_document_undo (f->document);
  g_assert_null (podium_document_get_latest_version (f->document));
  g_assert_false (podium_document_can_undo (f->document));
}

static void
test_added (Fixture       *f,
            gconstpointer  data)
{
  PodiumVersion *version = publish (f);
  g_autoptr(PodiumSession) session = g_object_new (PODIUM_TYPE_SESSION, "title", "Workshop B", NULL);
  g_autoptr(PodiumSession) unplaced = g_object_new (PODIUM_TYPE_SESSION, "title", "Noch offen", NULL);

  podium_document_add (f->document, session);
  podium_document_add (f->document, unplaced);
  podium_document_schedule (f->document, session, f->room2, at ("2023-11-21T15:30"), 60);
  /* a session not in the grid is not in the programme */
  podium_document_edit (f->document, unplaced, "start", at ("2023-11-21T16:00"), NULL);

  assert_one_change (version, f->document, PODIUM_CHANGE_ADDED, podium_object_get_id (PODIUM_OBJECT (session)),
                     "“Workshop B” was added: Tue 21 Nov 15:30–16:30, Room 2");
}

static void
test_removed (Fixture       *f,
              gconstpointer  data)
{
  PodiumVersion *version = publish (f);

  podium_document_remove (f->document, f->workshop);
  assert_one_change (version, f->document, PODIUM_CHANGE_REMOVED, "workshop",
                     "“Workshop A” was removed from the programme");

  /* taken back to the tray is out of the programme as well */
  podium_document_undo (f->document);
  podium_document_unschedule (f->document, f->workshop);
  assert_one_change (version, f->document, PODIUM_CHANGE_REMOVED, "workshop",
                     "“Workshop A” was removed from the programme");
}

static void
test_cancelled_and_reinstated (Fixture       *f,
                               gconstpointer  data)
{
  PodiumVersion *version;

  podium_document_edit (f->document, f->lunch, "status", PODIUM_STATUS_CANCELLED, NULL);
  version = publish (f);
  podium_document_edit (f->document, f->workshop, "status", PODIUM_STATUS_CANCELLED, NULL);
  podium_document_edit (f->document, f->lunch, "status", PODIUM_STATUS_CONFIRMED, NULL);

  {
    g_autoptr(GPtrArray) changes = podium_changes_compute (version, f->document);
    PodiumChange *lunch, *workshop;

    g_assert_cmpuint (changes->len, ==, 2);
    lunch = g_ptr_array_index (changes, 0);
    workshop = g_ptr_array_index (changes, 1);
    g_assert_cmpint (lunch->kind, ==, PODIUM_CHANGE_REINSTATED);
    g_assert_cmpstr (lunch->text, ==, "“Lunch” takes place again");
    g_assert_cmpint (workshop->kind, ==, PODIUM_CHANGE_CANCELLED);
    g_assert_cmpstr (workshop->object_id, ==, "workshop");
    g_assert_cmpstr (workshop->text, ==, "“Workshop A” was cancelled");
  }
}

static void
test_moved (Fixture       *f,
            gconstpointer  data)
{
  PodiumVersion *version = publish (f);

  podium_document_move (f->document, f->keynote, f->room2, at ("2023-11-21T11:30"));
  assert_one_change (version, f->document, PODIUM_CHANGE_MOVED, "keynote",
                     "“Keynote: Fachkräfte” moved from Tue 21 Nov 10:00, Plenary to Tue 21 Nov 11:30, Room 2");

  podium_document_move (f->document, f->keynote, f->plenary, at ("2023-11-20T09:15"));
  assert_one_change (version, f->document, PODIUM_CHANGE_MOVED, "keynote",
                     "“Keynote: Fachkräfte” moved from Tue 21 Nov 10:00 to Mon 20 Nov 09:15");

  podium_document_move (f->document, f->keynote, NULL, at ("2023-11-21T10:00"));
  assert_one_change (version, f->document, PODIUM_CHANGE_MOVED, "keynote",
                     "“Keynote: Fachkräfte” moved from Plenary to All rooms (Tue 21 Nov 10:00)");

  /* a new length with a new start shows both ends */
  podium_document_schedule (f->document, f->keynote, f->plenary, at ("2023-11-21T09:00"), 30);
  assert_one_change (version, f->document, PODIUM_CHANGE_MOVED, "keynote",
                     "“Keynote: Fachkräfte” moved from Tue 21 Nov 10:00–10:45 to Tue 21 Nov 09:00–09:30");

  podium_document_schedule (f->document, f->keynote, f->plenary, at ("2023-11-21T10:00"), 60);
  assert_one_change (version, f->document, PODIUM_CHANGE_MOVED, "keynote",
                     "“Keynote: Fachkräfte” now ends at 11:00 instead of 10:45");
}

/* On a one-day conference the programme prints no dates, and neither do the changes */
static void
test_moved_one_day (Fixture       *f,
                    gconstpointer  data)
{
  PodiumConference *conference = podium_document_get_conference (f->document);
  PodiumVersion *version;

  podium_document_edit (f->document, conference,
                        "start-date", podium_conference_get_end_date (conference), NULL);
  version = publish (f);
  podium_document_move (f->document, f->keynote, f->room2, at ("2023-11-21T11:30"));
  assert_one_change (version, f->document, PODIUM_CHANGE_MOVED, "keynote",
                     "“Keynote: Fachkräfte” moved from 10:00, Plenary to 11:30, Room 2");
}

static void
test_retitled (Fixture       *f,
               gconstpointer  data)
{
  PodiumVersion *version = publish (f);

  podium_document_edit (f->document, f->workshop, "title", "Workshop A: Wohnen", NULL);
  assert_one_change (version, f->document, PODIUM_CHANGE_RETITLED, "workshop",
                     "“Workshop A” is now called “Workshop A: Wohnen”");
}

static void
test_people (Fixture       *f,
             gconstpointer  data)
{
  PodiumVersion *version = publish (f);
  g_autoptr(PodiumRole) role = g_list_model_get_item (podium_session_get_roles (f->workshop), 0);
  g_autoptr(GPtrArray) changes = NULL;
  PodiumChange *change;

  podium_document_add_role (f->document, f->keynote, PODIUM_ROLE_SPEAKER, f->behr, NULL);
  assert_one_change (version, f->document, PODIUM_CHANGE_PERSON_ADDED, "keynote",
                     "Prof. Michael Behr now speaks in “Keynote: Fachkräfte”");
  podium_document_undo (f->document);

  podium_document_remove_role (f->document, f->workshop, role);
  assert_one_change (version, f->document, PODIUM_CHANGE_PERSON_REMOVED, "workshop",
                     "Anna Schmidt no longer speaks in “Workshop A”");
  podium_document_undo (f->document);

  /* a person removed from the plan is still named as the version knew her; a new role
   * of the same person is one removed and one added */
  podium_document_add_role (f->document, f->workshop, PODIUM_ROLE_MODERATOR, f->behr, NULL);
  podium_document_remove (f->document, f->anna);
  changes = podium_changes_compute (version, f->document);
  g_assert_cmpuint (changes->len, ==, 2);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, PODIUM_CHANGE_PERSON_REMOVED);
  g_assert_cmpstr (change->person_id, ==, "anna");
  g_assert_cmpstr (change->text, ==, "Anna Schmidt no longer speaks in “Workshop A”");
  change = g_ptr_array_index (changes, 1);
  g_assert_cmpint (change->kind, ==, PODIUM_CHANGE_PERSON_ADDED);
  g_assert_cmpstr (change->person_id, ==, "behr");
  g_assert_cmpstr (change->text, ==, "Prof. Michael Behr now moderates “Workshop A”");
}

/* Several changes come in programme order, by the sessions' start */
static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  PodiumVersion *version = publish (f);
  g_autofree char *all = NULL;

  podium_document_edit (f->document, f->workshop, "status", PODIUM_STATUS_CANCELLED, NULL);
  podium_document_remove (f->document, f->lunch);
  podium_document_edit (f->document, f->keynote, "title", "Keynote", NULL);
  podium_document_move (f->document, f->keynote, f->plenary, at ("2023-11-21T09:30"));

  all = texts (version, f->document);
  g_assert_cmpstr (all, ==,
                   "“Keynote: Fachkräfte” is now called “Keynote”\n"
                   "“Keynote” moved from Tue 21 Nov 10:00 to Tue 21 Nov 09:30\n"
                   "“Lunch” was removed from the programme\n"
                   "“Workshop A” was cancelled\n");
}

static void
test_sign_off (Fixture       *f,
               gconstpointer  data)
{
  PodiumVersion *version = publish (f);
  PodiumApproval *approval;
  g_autofree char *label = NULL;
  g_autofree char *agreed = NULL;

  label = podium_version_label (version);
  g_assert_cmpstr (label, ==, "v2 — an die Ministerien versandt");

  approval = podium_document_add_approval (f->document, version, f->zefas, "Kai Müller",
                                           at ("2023-11-02T09:00"), "passt");
  g_assert_cmpstr (podium_approval_get_by (approval), ==, "Kai Müller");
  g_assert_false (podium_version_is_approved_by_all (version, f->document));
  g_assert_null (podium_version_approval_label (version, f->document));

  podium_document_add_approval (f->document, version, f->fif, NULL, at ("2023-11-02T10:00"), NULL);
  g_assert_true (podium_version_is_approved_by_all (version, f->document));
  g_assert_false (podium_version_is_superseded (version, f->document));
  agreed = podium_version_approval_label (version, f->document);
  g_assert_cmpstr (agreed, ==, "Agreed with ZEFAS, FiF");

  /* approving again replaces, in one step */
  podium_document_add_approval (f->document, version, f->fif, "Eva", at ("2023-11-03T10:00"), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (podium_version_get_approvals (version)), ==, 2);
  g_assert_cmpstr (podium_approval_get_by (podium_version_lookup_approval (version, f->fif)), ==, "Eva");
  podium_document_undo (f->document);
  g_assert_null (podium_approval_get_by (podium_version_lookup_approval (version, f->fif)));

  /* a change of the programme after everyone agreed supersedes the version */
  podium_document_move (f->document, f->workshop, f->room2, at ("2023-11-21T15:00"));
  g_assert_true (podium_version_is_superseded (version, f->document));
  g_assert_null (podium_version_approval_label (version, f->document));
  /* changing it back is what they agreed to again */
  podium_document_undo (f->document);
  g_assert_false (podium_version_is_superseded (version, f->document));

  /* a change outside the programme is none */
  podium_document_edit (f->document, f->workshop, "notes", "Beamer mitbringen", NULL);
  g_assert_false (podium_version_is_superseded (version, f->document));

  /* withdrawn */
  podium_document_remove_approval (f->document, version, podium_version_lookup_approval (version, f->zefas));
  g_assert_false (podium_version_is_approved_by_all (version, f->document));
  podium_document_undo (f->document);
  g_assert_true (podium_version_is_approved_by_all (version, f->document));

  /* a removed organisation takes its approval with it, and undo brings both back */
  podium_document_remove (f->document, f->fif);
  g_assert_null (podium_version_lookup_approval (version, f->fif));
  g_assert_true (podium_version_is_approved_by_all (version, f->document));
  podium_document_undo (f->document);
  g_assert_nonnull (podium_version_lookup_approval (version, f->fif));
}

static void
test_nobody_to_agree_with (Fixture       *f,
                           gconstpointer  data)
{
  PodiumVersion *version = publish (f);

  podium_document_edit (f->document, podium_document_get_conference (f->document),
                        "co-organizers", NULL, NULL);
  g_assert_false (podium_version_is_approved_by_all (version, f->document));
  g_assert_false (podium_version_is_superseded (version, f->document));
  g_assert_null (podium_version_approval_label (version, f->document));
}

static void
test_find_and_label (Fixture       *f,
                     gconstpointer  data)
{
  PodiumVersion *first = publish (f);
  PodiumVersion *second = podium_document_publish_version (f->document, "v3", "nach der Abstimmung",
                                                           NULL, at ("2023-11-05T08:00"));
  g_autofree char *label = podium_version_label (second);

  g_assert_true (podium_document_get_latest_version (f->document) == second);
  g_assert_true (podium_changes_find_version (f->document, "v3") == second);
  g_assert_true (podium_changes_find_version (f->document, "version-1") == first);
  g_assert_true (podium_changes_find_version (f->document, "v2 — an die Ministerien versandt") == first);
  g_assert_null (podium_changes_find_version (f->document, "v9"));
  g_assert_cmpstr (label, ==, "v3 — nach der Abstimmung");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/changes/publish-records-the-programme", test_publish_records_the_programme);
  ADD ("/changes/added", test_added);
  ADD ("/changes/removed", test_removed);
  ADD ("/changes/cancelled-and-reinstated", test_cancelled_and_reinstated);
  ADD ("/changes/moved", test_moved);
  ADD ("/changes/moved-one-day", test_moved_one_day);
  ADD ("/changes/retitled", test_retitled);
  ADD ("/changes/people", test_people);
  ADD ("/changes/order", test_order);
  ADD ("/changes/sign-off", test_sign_off);
  ADD ("/changes/nobody-to-agree-with", test_nobody_to_agree_with);
  ADD ("/changes/find-and-label", test_find_and_label);

  return g_test_run ();
}
