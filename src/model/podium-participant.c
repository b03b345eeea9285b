/* podium-participant.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podium-participant.h"
#include "podium-document.h"
#include "podium-labels.h"
#include "podium-schedule.h"

struct _PodiumParticipant
{
  PodiumObject parent_instance;
};

struct _PodiumParticipantCount
{
  PodiumObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumParticipant, podium_participant, PODIUM_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (PodiumParticipantCount, podium_participant_count, PODIUM_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PodiumParticipantStatus, podium_participant_status,
  G_DEFINE_ENUM_VALUE (PODIUM_PARTICIPANT_REGISTERED, "registered"),
  G_DEFINE_ENUM_VALUE (PODIUM_PARTICIPANT_ATTENDED, "attended"),
  G_DEFINE_ENUM_VALUE (PODIUM_PARTICIPANT_CANCELLED, "cancelled"))

const char *
podium_participant_status_label (PodiumParticipantStatus status)
{
  switch (status)
    {
    case PODIUM_PARTICIPANT_REGISTERED: return _("Registered");
    case PODIUM_PARTICIPANT_ATTENDED:   return _("Attended");
    case PODIUM_PARTICIPANT_CANCELLED:  return _("Cancelled");
    default:                            return NULL;
    }
}

enum {
  PROP_0,
  PROP_NAME,
  PROP_ORGANIZATION,
  PROP_ORGANIZATION_NAME,
  PROP_POSITION,
  PROP_EMAIL,
  PROP_REGION,
  PROP_NOTES,
  PROP_STATUS,
  PROP_FIRST_CHOICES,
  PROP_SECOND_CHOICES,
  PROP_ASSIGNED,
  N_PROPS
};

enum {
  COUNT_PROP_0,
  COUNT_PROP_ORGANIZATION,
  COUNT_PROP_ORGANIZATION_NAME,
  COUNT_PROP_REGION,
  COUNT_PROP_COUNT,
  COUNT_PROP_ATTENDED,
  COUNT_N_PROPS
};

static GParamSpec *properties [N_PROPS];
static GParamSpec *count_properties [COUNT_N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
podium_participant_class_init (PodiumParticipantClass *klass)
{
  properties [PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, FLAGS);
  properties [PROP_ORGANIZATION] =
    g_param_spec_object ("organization", NULL, NULL, PODIUM_TYPE_ORGANIZATION, FLAGS);
  properties [PROP_ORGANIZATION_NAME] =
    g_param_spec_string ("organization-name", NULL, NULL, NULL, FLAGS);
  properties [PROP_POSITION] = g_param_spec_string ("position", NULL, NULL, NULL, FLAGS);
  properties [PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, NULL, FLAGS);
  properties [PROP_REGION] = g_param_spec_string ("region", NULL, NULL, NULL, FLAGS);
  properties [PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, FLAGS);
  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PODIUM_TYPE_PARTICIPANT_STATUS, PODIUM_PARTICIPANT_REGISTERED, FLAGS);
  /* Lists of sessions; a list set is never changed afterwards, only replaced */
  properties [PROP_FIRST_CHOICES] =
    g_param_spec_boxed ("first-choices", NULL, NULL, G_TYPE_PTR_ARRAY, FLAGS);
  properties [PROP_SECOND_CHOICES] =
    g_param_spec_boxed ("second-choices", NULL, NULL, G_TYPE_PTR_ARRAY, FLAGS);
  properties [PROP_ASSIGNED] =
    g_param_spec_boxed ("assigned", NULL, NULL, G_TYPE_PTR_ARRAY, FLAGS);

  _podium_object_class_install_properties (klass, N_PROPS, properties);
}

static void
podium_participant_init (PodiumParticipant *self)
{
}

static void
podium_participant_count_class_init (PodiumParticipantCountClass *klass)
{
  count_properties [COUNT_PROP_ORGANIZATION] =
    g_param_spec_object ("organization", NULL, NULL, PODIUM_TYPE_ORGANIZATION, FLAGS);
  count_properties [COUNT_PROP_ORGANIZATION_NAME] =
    g_param_spec_string ("organization-name", NULL, NULL, NULL, FLAGS);
  count_properties [COUNT_PROP_REGION] = g_param_spec_string ("region", NULL, NULL, NULL, FLAGS);
  count_properties [COUNT_PROP_COUNT] =
    g_param_spec_int ("count", NULL, NULL, 0, 10000000, 0, FLAGS);
  count_properties [COUNT_PROP_ATTENDED] =
    g_param_spec_int ("attended", NULL, NULL, 0, 10000000, 0, FLAGS);

  _podium_object_class_install_properties (klass, COUNT_N_PROPS, count_properties);
}

static void
podium_participant_count_init (PodiumParticipantCount *self)
{
}

PodiumParticipant *
podium_participant_new (void)
{
  return g_object_new (PODIUM_TYPE_PARTICIPANT, NULL);
}

PodiumParticipantCount *
podium_participant_count_new (void)
{
  return g_object_new (PODIUM_TYPE_PARTICIPANT_COUNT, NULL);
}

const char *
podium_participant_get_name (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NAME));
}

PodiumOrganization *
podium_participant_get_organization (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  return g_value_get_object (_podium_object_peek (self, PROP_ORGANIZATION));
}

const char *
podium_participant_get_organization_name (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_ORGANIZATION_NAME));
}

const char *
podium_participant_get_position (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_POSITION));
}

const char *
podium_participant_get_email (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_EMAIL));
}

const char *
podium_participant_get_region (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_REGION));
}

const char *
podium_participant_get_notes (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NOTES));
}

PodiumParticipantStatus
podium_participant_get_status (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), 0);

  return g_value_get_enum (_podium_object_peek (self, PROP_STATUS));
}

GPtrArray *
podium_participant_get_first_choices (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  return g_value_get_boxed (_podium_object_peek (self, PROP_FIRST_CHOICES));
}

GPtrArray *
podium_participant_get_second_choices (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  return g_value_get_boxed (_podium_object_peek (self, PROP_SECOND_CHOICES));
}

GPtrArray *
podium_participant_get_assigned (PodiumParticipant *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  return g_value_get_boxed (_podium_object_peek (self, PROP_ASSIGNED));
}

PodiumOrganization *
podium_participant_count_get_organization (PodiumParticipantCount *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT_COUNT (self), NULL);

  return g_value_get_object (_podium_object_peek (self, COUNT_PROP_ORGANIZATION));
}

const char *
podium_participant_count_get_organization_name (PodiumParticipantCount *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT_COUNT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, COUNT_PROP_ORGANIZATION_NAME));
}

const char *
podium_participant_count_get_region (PodiumParticipantCount *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT_COUNT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, COUNT_PROP_REGION));
}

int
podium_participant_count_get_count (PodiumParticipantCount *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT_COUNT (self), 0);

  return g_value_get_int (_podium_object_peek (self, COUNT_PROP_COUNT));
}

int
podium_participant_count_get_attended (PodiumParticipantCount *self)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT_COUNT (self), 0);

  return g_value_get_int (_podium_object_peek (self, COUNT_PROP_ATTENDED));
}

const char *
podium_participant_get_organization_label (PodiumParticipant *self)
{
  PodiumOrganization *organization;
  const char *name;

  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);

  if ((organization = podium_participant_get_organization (self)))
    return podium_labels_organization (organization);
  name = podium_participant_get_organization_name (self);
  return name && *name ? name : NULL;
}

static PodiumSession *
entry_in_block (GPtrArray           *list,
                PodiumParallelBlock *block)
{
  for (guint i = 0; list && i < list->len; i++)
    if (podium_parallel_block_contains (block, g_ptr_array_index (list, i)))
      return g_ptr_array_index (list, i);
  return NULL;
}

/**
 * podium_participant_get_choice:
 * @rank: 1 for the first choice, 2 for the second
 *
 * Returns: (transfer none) (nullable): the session @self chose with @rank in @block
 */
PodiumSession *
podium_participant_get_choice (PodiumParticipant   *self,
                               PodiumParallelBlock *block,
                               int                  rank)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);
  g_return_val_if_fail (block != NULL, NULL);
  g_return_val_if_fail (rank == 1 || rank == 2, NULL);

  return entry_in_block (rank == 1 ? podium_participant_get_first_choices (self)
                                   : podium_participant_get_second_choices (self), block);
}

/* Returns: (transfer none) (nullable): the session of @block @self is assigned to */
PodiumSession *
podium_participant_get_assigned_in (PodiumParticipant   *self,
                                    PodiumParallelBlock *block)
{
  g_return_val_if_fail (PODIUM_IS_PARTICIPANT (self), NULL);
  g_return_val_if_fail (block != NULL, NULL);

  return entry_in_block (podium_participant_get_assigned (self), block);
}

/* Parallel blocks */

void
podium_parallel_block_free (PodiumParallelBlock *block)
{
  if (block == NULL)
    return;
  g_clear_pointer (&block->sessions, g_ptr_array_unref);
  g_free (block);
}

gboolean
podium_parallel_block_contains (PodiumParallelBlock *block,
                                PodiumSession       *session)
{
  g_return_val_if_fail (block != NULL, FALSE);

  return session != NULL && g_ptr_array_find (block->sessions, session, NULL);
}

static gboolean
in_several_rooms (GPtrArray *sessions)
{
  PodiumRoom *first = podium_session_get_room (g_ptr_array_index (sessions, 0));

  for (guint i = 1; i < sessions->len; i++)
    if (podium_session_get_room (g_ptr_array_index (sessions, i)) != first)
      return TRUE;
  return FALSE;
}

/* One sweep over the sessions by start: a session joins the open group while it starts
 * before the group's end on the same day (see PodiumParallelBlock). */
GPtrArray *
podium_parallel_blocks (PodiumDocument *document)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(PodiumParallelBlock) open = NULL;
  PodiumConference *conference;
  GPtrArray *blocks;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  conference = podium_document_get_conference (document);
  sessions = podium_schedule_sessions_on_day (document, PODIUM_DATE_NONE);
  blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_parallel_block_free);

  for (guint i = 0; i <= sessions->len; i++)
    {
      PodiumSession *session = i < sessions->len ? g_ptr_array_index (sessions, i) : NULL;
      int date = 0;

      if (session != NULL)
        {
          if (podium_session_get_room (session) == NULL ||
              podium_session_get_all_rooms (session) ||
              podium_session_get_status (session) == PODIUM_STATUS_CANCELLED)
            continue;
          date = podium_schedule_day_of (conference, podium_session_get_start (session));
        }

      if (open != NULL &&
          (session == NULL || date != open->date || podium_session_get_start (session) >= open->end))
        {
          if (in_several_rooms (open->sessions))
            g_ptr_array_add (blocks, g_steal_pointer (&open));
          else
            g_clear_pointer (&open, podium_parallel_block_free);
        }
      if (session == NULL)
        break;

      if (open == NULL)
        {
          open = g_new0 (PodiumParallelBlock, 1);
          open->date = date;
          open->start = podium_session_get_start (session);
          open->end = podium_session_get_end (session);
          open->sessions = g_ptr_array_new_with_free_func (g_object_unref);
        }
      open->end = MAX (open->end, podium_session_get_end (session));
      g_ptr_array_add (open->sessions, g_object_ref (session));
    }

  return blocks;
}

/* Counts */

void
podium_balance_entry_free (PodiumBalanceEntry *entry)
{
  if (entry == NULL)
    return;
  g_clear_object (&entry->organization);
  g_free (entry->organization_name);
  g_free (entry->region);
  g_free (entry);
}

static char *
balance_key (PodiumOrganization *organization,
             const char         *organization_name,
             const char         *region)
{
  return g_strdup_printf ("%s\x1f%s\x1f%s",
                          organization ? podium_object_get_id (PODIUM_OBJECT (organization)) : "",
                          organization ? "" : organization_name ? organization_name : "",
                          region ? region : "");
}

static void
add_to_balance (GHashTable         *table,
                GPtrArray          *entries,
                PodiumOrganization *organization,
                const char         *organization_name,
                const char         *region,
                int                 count,
                int                 attended)
{
  g_autofree char *key = NULL;
  PodiumBalanceEntry *entry;

  if (organization_name && !*organization_name)
    organization_name = NULL;
  if (region && !*region)
    region = NULL;

  key = balance_key (organization, organization_name, region);
  if (!(entry = g_hash_table_lookup (table, key)))
    {
      entry = g_new0 (PodiumBalanceEntry, 1);
      entry->organization = organization ? g_object_ref (organization) : NULL;
      entry->organization_name = g_strdup (organization ? podium_labels_organization (organization)
                                                        : organization_name);
      entry->region = g_strdup (region);
      g_ptr_array_add (entries, entry);
      g_hash_table_insert (table, g_steal_pointer (&key), entry);
    }
  entry->count += count;
  entry->attended += attended;
}

static int
compare_balance (gconstpointer a,
                 gconstpointer b)
{
  const PodiumBalanceEntry *x = *(PodiumBalanceEntry * const *) a;
  const PodiumBalanceEntry *y = *(PodiumBalanceEntry * const *) b;
  int cmp;

  /* Without an organisation last */
  if ((x->organization_name == NULL) != (y->organization_name == NULL))
    return x->organization_name == NULL ? 1 : -1;
  if (x->organization_name && (cmp = g_utf8_collate (x->organization_name, y->organization_name)))
    return cmp;
  if ((x->region == NULL) != (y->region == NULL))
    return x->region == NULL ? 1 : -1;
  return x->region ? g_utf8_collate (x->region, y->region) : 0;
}

/**
 * podium_participants_balance:
 *
 * Returns: (transfer container) (element-type PodiumBalanceEntry): participants per
 *   organisation and region, cancelled ones left out, with the counts kept by
 *   podium_document_remove_personal_data()
 */
GPtrArray *
podium_participants_balance (PodiumDocument *document)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *participants, *counts;
  GPtrArray *entries;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_balance_entry_free);
  participants = podium_document_get_participants (document);
  counts = podium_document_get_participant_counts (document);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(PodiumParticipant) p = g_list_model_get_item (participants, i);
      PodiumParticipantStatus status = podium_participant_get_status (p);

      if (status == PODIUM_PARTICIPANT_CANCELLED)
        continue;
      add_to_balance (table, entries, podium_participant_get_organization (p),
                      podium_participant_get_organization_name (p),
                      podium_participant_get_region (p),
                      1, status == PODIUM_PARTICIPANT_ATTENDED);
    }
  for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
    {
      g_autoptr(PodiumParticipantCount) c = g_list_model_get_item (counts, i);

      add_to_balance (table, entries, podium_participant_count_get_organization (c),
                      podium_participant_count_get_organization_name (c),
                      podium_participant_count_get_region (c),
                      podium_participant_count_get_count (c),
                      podium_participant_count_get_attended (c));
    }

  g_ptr_array_sort (entries, compare_balance);
  return entries;
}

gboolean
podium_participants_in_use (PodiumDocument *document)
{
  GListModel *participants;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), FALSE);

  participants = podium_document_get_participants (document);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(PodiumParticipant) p = g_list_model_get_item (participants, i);

      if (podium_participant_get_status (p) != PODIUM_PARTICIPANT_CANCELLED)
        return TRUE;
    }
  return FALSE;
}

static GHashTable *
count_sessions (PodiumDocument *document,
                GPtrArray      *(*get_list) (PodiumParticipant *))
{
  GHashTable *counts = g_hash_table_new (NULL, NULL);
  GListModel *participants = podium_document_get_participants (document);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(PodiumParticipant) p = g_list_model_get_item (participants, i);
      GPtrArray *list;

      if (podium_participant_get_status (p) == PODIUM_PARTICIPANT_CANCELLED)
        continue;
      list = get_list (p);
      for (guint k = 0; list && k < list->len; k++)
        {
          gpointer session = g_ptr_array_index (list, k);
          int n = GPOINTER_TO_INT (g_hash_table_lookup (counts, session));

          g_hash_table_insert (counts, session, GINT_TO_POINTER (n + 1));
        }
    }
  return counts;
}

/* Returns: (transfer full): session → GINT_TO_POINTER (assigned participants) */
GHashTable *
podium_participants_assigned_counts (PodiumDocument *document)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  return count_sessions (document, podium_participant_get_assigned);
}

/* Returns: (transfer full): session → GINT_TO_POINTER (first choices) */
GHashTable *
podium_participants_first_choice_counts (PodiumDocument *document)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  return count_sessions (document, podium_participant_get_first_choices);
}

int
podium_participants_expected_attendance (PodiumDocument *document,
                                         PodiumSession  *session)
{
  g_autoptr(GHashTable) counts = NULL;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (PODIUM_IS_SESSION (session), 0);

  if (!podium_participants_in_use (document))
    return podium_session_get_expected_attendance (session);
  counts = podium_participants_assigned_counts (document);
  return GPOINTER_TO_INT (g_hash_table_lookup (counts, session));
}

/**
 * podium_participants_find_by_email:
 *
 * Returns: (transfer none) (nullable): the participant with @email, case ignored
 */
PodiumParticipant *
podium_participants_find_by_email (PodiumDocument *document,
                                   const char     *email)
{
  g_autofree char *wanted = NULL;
  GListModel *participants;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  if (email == NULL || *email == '\0')
    return NULL;

  wanted = g_utf8_casefold (email, -1);
  participants = podium_document_get_participants (document);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(PodiumParticipant) p = g_list_model_get_item (participants, i);
      const char *own = podium_participant_get_email (p);
      g_autofree char *folded = own ? g_utf8_casefold (own, -1) : NULL;

      if (folded && g_str_equal (folded, wanted))
        return p;   /* the document holds it */
    }
  return NULL;
}

/* Commands */

GPtrArray *
_podium_participant_replace_in_block (GPtrArray           *list,
                                      PodiumParallelBlock *block,
                                      PodiumSession       *session)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; list && i < list->len; i++)
    {
      PodiumSession *entry = g_ptr_array_index (list, i);

      if (!podium_parallel_block_contains (block, entry))
        g_ptr_array_add (result, g_object_ref (entry));
    }
  if (session != NULL)
    g_ptr_array_add (result, g_object_ref (session));
  return result;
}

/**
 * podium_document_set_participant_choice:
 * @rank: 1 for the first choice, 2 for the second
 * @session: (nullable): a session of @block, or %NULL for no choice there
 *
 * Sets @participant's choice of @rank in @block as one undo step.
 */
void
podium_document_set_participant_choice (PodiumDocument      *document,
                                        PodiumParticipant   *participant,
                                        PodiumParallelBlock *block,
                                        int                  rank,
                                        PodiumSession       *session)
{
  g_autoptr(GPtrArray) list = NULL;
  const char *property = rank == 1 ? "first-choices" : "second-choices";

  g_return_if_fail (PODIUM_IS_DOCUMENT (document));
  g_return_if_fail (PODIUM_IS_PARTICIPANT (participant));
  g_return_if_fail (block != NULL);
  g_return_if_fail (rank == 1 || rank == 2);
  g_return_if_fail (session == NULL || podium_parallel_block_contains (block, session));

  list = _podium_participant_replace_in_block (rank == 1 ? podium_participant_get_first_choices (participant)
                                                         : podium_participant_get_second_choices (participant),
                                               block, session);
  podium_document_edit (document, participant, property, list->len ? list : NULL, NULL);
}

/**
 * podium_document_assign_participant:
 * @session: (nullable): a session of @block, or %NULL for none
 *
 * Puts @participant into @session for @block (a manual move), one undo step.
 */
void
podium_document_assign_participant (PodiumDocument      *document,
                                    PodiumParticipant   *participant,
                                    PodiumParallelBlock *block,
                                    PodiumSession       *session)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_if_fail (PODIUM_IS_DOCUMENT (document));
  g_return_if_fail (PODIUM_IS_PARTICIPANT (participant));
  g_return_if_fail (block != NULL);
  g_return_if_fail (session == NULL || podium_parallel_block_contains (block, session));

  list = _podium_participant_replace_in_block (podium_participant_get_assigned (participant),
                                               block, session);
  podium_document_edit (document, participant, "assigned", list->len ? list : NULL, NULL);
}

/**
 * podium_document_remove_personal_data:
 *
 * After the event: replaces every participant by counts per organisation and region
 * (#PodiumParticipantCount, added to those kept before), in one undo step. Cancelled
 * participants are not counted. Nothing else about them stays in the plan.
 */
void
podium_document_remove_personal_data (PodiumDocument *document)
{
  g_autoptr(GPtrArray) balance = NULL;
  GListModel *participants, *counts;

  g_return_if_fail (PODIUM_IS_DOCUMENT (document));

  participants = podium_document_get_participants (document);
  counts = podium_document_get_participant_counts (document);
  if (g_list_model_get_n_items (participants) == 0)
    return;

  balance = podium_participants_balance (document);

  podium_document_begin (document, _("Remove Personal Data"));
  while (g_list_model_get_n_items (counts) > 0)
    {
      g_autoptr(PodiumParticipantCount) c = g_list_model_get_item (counts, 0);
      podium_document_remove (document, c);
    }
  for (guint i = 0; i < balance->len; i++)
    {
      PodiumBalanceEntry *entry = g_ptr_array_index (balance, i);
      g_autoptr(PodiumParticipantCount) c = podium_participant_count_new ();

      g_object_set (c,
                    "organization", entry->organization,
                    "organization-name", entry->organization ? NULL : entry->organization_name,
                    "region", entry->region,
                    "count", entry->count,
                    "attended", entry->attended,
                    NULL);
      podium_document_add (document, c);
    }
  for (guint i = g_list_model_get_n_items (participants); i > 0; i--)
    {
      g_autoptr(PodiumParticipant) p = g_list_model_get_item (participants, i - 1);
      podium_document_remove (document, p);
    }
  podium_document_end (document);
}
