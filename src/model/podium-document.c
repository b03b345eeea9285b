/* podium-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gobject/gvaluecollector.h>

#include "podium-document.h"
#include "podium-changes.h"

/* One undoable step. A step is either a single change (a property set, an insertion into
 * or removal from a list) or a group of steps applied in order and undone in reverse.
 */
typedef enum
{
  COMMAND_SET,
  COMMAND_INSERT,
  COMMAND_REMOVE,
  COMMAND_GROUP,
} CommandKind;

typedef struct
{
  CommandKind  kind;
  char        *label;
  guint64      serial;
  /* COMMAND_SET */
  GObject     *object;
  GParamSpec  *pspec;
  GValue       old_value;
  GValue       new_value;
  /* COMMAND_INSERT, COMMAND_REMOVE */
  GListStore  *store;
  GObject     *item;
  guint        position;
  /* COMMAND_GROUP */
  GPtrArray   *children;
} Command;

struct _PodiumDocument
{
  GObject           parent_instance;

  PodiumConference *conference;
  GListStore       *organizations;
  GListStore       *people;
  GListStore       *rooms;
  GListStore       *sessions;
  GListStore       *acknowledgements;
  GListStore       *versions;
  GListStore       *participants;
  GListStore       *participant_counts;
  JsonObject       *extra;

  /* "type-name\x1fid" → object, kept in step with every insertion and removal */
  GHashTable       *ids;

  GPtrArray        *undo_stack;
  GPtrArray        *redo_stack;
  Command          *group;
  guint             group_depth;
  /* The step typing is growing: the top of the undo stack while the next keystroke into
   * the same property of the same object still joins it, else NULL */
  Command          *typing;
  /* Between podium_document_begin_load() and _end_load(): steps are applied, not kept */
  guint             loading;
  guint64           saved_serial;
  guint64           revision;
};

G_DEFINE_FINAL_TYPE (PodiumDocument, podium_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
command_free (Command *command)
{
  if (command == NULL)
    return;

  g_free (command->label);
  g_clear_object (&command->object);
  if (G_IS_VALUE (&command->old_value))
    g_value_unset (&command->old_value);
  if (G_IS_VALUE (&command->new_value))
    g_value_unset (&command->new_value);
  g_clear_object (&command->store);
  g_clear_object (&command->item);
  g_clear_pointer (&command->children, g_ptr_array_unref);
  g_free (command);
}

static char *
id_key (GType       type,
        const char *id)
{
  return g_strdup_printf ("%s\x1f%s", g_type_name (type), id);
}

static void
index_object (PodiumDocument *self,
              GObject        *object,
              gboolean        add)
{
  const char *id = podium_object_get_id (PODIUM_OBJECT (object));
  g_autofree char *key = NULL;

  if (id == NULL)
    return;

  key = id_key (G_OBJECT_TYPE (object), id);
  if (add)
    g_hash_table_insert (self->ids, g_steal_pointer (&key), object);
  else if (g_hash_table_lookup (self->ids, key) == object)
    g_hash_table_remove (self->ids, key);
}

static void
command_apply (PodiumDocument *self,
               Command        *command,
               gboolean        forward)
{
  switch (command->kind)
    {
    case COMMAND_SET:
      {
        gboolean is_id = g_strcmp0 (command->pspec->name, "id") == 0;

        if (is_id)
          index_object (self, command->object, FALSE);
        g_object_set_property (command->object, command->pspec->name,
                               forward ? &command->new_value : &command->old_value);
        if (is_id)
          index_object (self, command->object, TRUE);
      }
      break;

    case COMMAND_INSERT:
    case COMMAND_REMOVE:
      if ((command->kind == COMMAND_INSERT) == forward)
        {
          g_list_store_insert (command->store, command->position, command->item);
          index_object (self, command->item, TRUE);
        }
      else
        {
          index_object (self, command->item, FALSE);
          g_list_store_remove (command->store, command->position);
        }
      break;

    case COMMAND_GROUP:
      if (forward)
        for (guint i = 0; i < command->children->len; i++)
          command_apply (self, g_ptr_array_index (command->children, i), TRUE);
      else
        for (guint i = command->children->len; i > 0; i--)
          command_apply (self, g_ptr_array_index (command->children, i - 1), FALSE);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Serials are unique across every document of the process, not only within one: a serial
 * kept from one plan (a toast's Undo) never names a step of the next plan opened */
G_LOCK_DEFINE_STATIC (serial);
static guint64 last_serial;

static guint64
new_serial (void)
{
  guint64 serial;

  G_LOCK (serial);
  serial = ++last_serial;
  G_UNLOCK (serial);
  return serial;
}

static guint64
top_serial (GPtrArray *stack)
{
  if (stack->len == 0)
    return 0;
  return ((Command *) g_ptr_array_index (stack, stack->len - 1))->serial;
}

/* What @command touched, whichever way it is applied */
static void
collect_changes (Command         *command,
                 PodiumChangeSet *changes)
{
  switch (command->kind)
    {
    case COMMAND_SET:
      podium_change_set_add_property (changes, command->object, command->pspec->name);
      break;

    case COMMAND_INSERT:
    case COMMAND_REMOVE:
      podium_change_set_add_item (changes, command->item);
      break;

    case COMMAND_GROUP:
      for (guint i = 0; i < command->children->len; i++)
        collect_changes (g_ptr_array_index (command->children, i), changes);
      break;

    default:
      g_assert_not_reached ();
    }
}

static PodiumChangeSet *
command_changes (Command *command)
{
  PodiumChangeSet *changes = podium_change_set_new ();

  collect_changes (command, changes);
  return changes;
}

static void
emit_changed (PodiumDocument  *self,
              PodiumChangeSet *changes,
              gboolean         was_modified,
              gboolean         could_undo,
              gboolean         could_redo)
{
  self->revision++;

  if (could_undo != podium_document_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_UNDO]);
  if (could_redo != podium_document_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_REDO]);
  if (was_modified != podium_document_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED]);

  g_signal_emit (self, signals [CHANGED], 0, changes);
  podium_change_set_unref (changes);
}

/* Applies @command and records it: in the open group, or as a step of its own. */
static void
push_command (PodiumDocument *self,
              Command        *command)
{
  gboolean was_modified, could_undo, could_redo;

  command_apply (self, command, TRUE);

  /* What a reader builds is where the history starts: nothing to undo, nobody to tell */
  if (self->loading > 0)
    {
      command_free (command);
      return;
    }

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->children, command);
      return;
    }

  self->typing = NULL;
  was_modified = podium_document_get_modified (self);
  could_undo = podium_document_can_undo (self);
  could_redo = podium_document_can_redo (self);

  command->serial = new_serial ();
  g_ptr_array_add (self->undo_stack, command);
  g_ptr_array_set_size (self->redo_stack, 0);

  emit_changed (self, command_changes (command), was_modified, could_undo, could_redo);
}

static GListStore *
store_for_type (PodiumDocument *self,
                GType           type)
{
  if (type == PODIUM_TYPE_ORGANIZATION)
    return self->organizations;
  if (type == PODIUM_TYPE_PERSON)
    return self->people;
  if (type == PODIUM_TYPE_ROOM)
    return self->rooms;
  if (type == PODIUM_TYPE_SESSION)
    return self->sessions;
  if (type == PODIUM_TYPE_ACKNOWLEDGEMENT)
    return self->acknowledgements;
  if (type == PODIUM_TYPE_VERSION)
    return self->versions;
  if (type == PODIUM_TYPE_PARTICIPANT)
    return self->participants;
  if (type == PODIUM_TYPE_PARTICIPANT_COUNT)
    return self->participant_counts;
  return NULL;
}

static void
push_list_change (PodiumDocument *self,
                  CommandKind     kind,
                  GListStore     *store,
                  gpointer        item,
                  guint           position)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  command->store = g_object_ref (store);
  command->item = g_object_ref (item);
  command->position = position;
  push_command (self, command);
}

static void
push_set (PodiumDocument *self,
          GObject        *object,
          GParamSpec     *pspec,
          const GValue   *value)
{
  Command *command;

  command = g_new0 (Command, 1);
  command->kind = COMMAND_SET;
  command->object = g_object_ref (object);
  command->pspec = pspec;
  g_value_init (&command->old_value, pspec->value_type);
  g_object_get_property (object, pspec->name, &command->old_value);
  g_value_init (&command->new_value, pspec->value_type);
  g_value_copy (value, &command->new_value);

  if (g_param_values_cmp (pspec, &command->old_value, &command->new_value) == 0)
    {
      command_free (command);
      return;
    }

  push_command (self, command);
}

static void
set_object (PodiumDocument *self,
            gpointer        object,
            const char     *property,
            gpointer        value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, pspec->value_type);
  g_value_set_object (&gvalue, value);
  push_set (self, object, pspec, &gvalue);
}

static void
podium_document_finalize (GObject *object)
{
  PodiumDocument *self = (PodiumDocument *)object;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->group, command_free);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_object (&self->conference);
  g_clear_object (&self->organizations);
  g_clear_object (&self->people);
  g_clear_object (&self->rooms);
  g_clear_object (&self->sessions);
  g_clear_object (&self->acknowledgements);
  g_clear_object (&self->versions);
  g_clear_object (&self->participants);
  g_clear_object (&self->participant_counts);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (podium_document_parent_class)->finalize (object);
}

static void
podium_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PodiumDocument *self = PODIUM_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, podium_document_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, podium_document_can_redo (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, podium_document_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podium_document_class_init (PodiumDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podium_document_finalize;
  object_class->get_property = podium_document_get_property;

  properties [PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PodiumDocument::changed:
   *
   * @changes: what the step touched (#PodiumChangeSet)
   *
   * Emitted after a step was applied, undone or redone — once per step, after every
   * object notification of that step.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PODIUM_TYPE_CHANGE_SET | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
podium_document_init (PodiumDocument *self)
{
  self->conference = podium_conference_new ();
  self->organizations = g_list_store_new (PODIUM_TYPE_ORGANIZATION);
  self->people = g_list_store_new (PODIUM_TYPE_PERSON);
  self->rooms = g_list_store_new (PODIUM_TYPE_ROOM);
  self->sessions = g_list_store_new (PODIUM_TYPE_SESSION);
  self->acknowledgements = g_list_store_new (PODIUM_TYPE_ACKNOWLEDGEMENT);
  self->versions = g_list_store_new (PODIUM_TYPE_VERSION);
  self->participants = g_list_store_new (PODIUM_TYPE_PARTICIPANT);
  self->participant_counts = g_list_store_new (PODIUM_TYPE_PARTICIPANT_COUNT);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
}

PodiumDocument *
podium_document_new (void)
{
  return g_object_new (PODIUM_TYPE_DOCUMENT, NULL);
}

PodiumConference *
podium_document_get_conference (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  return self->conference;
}

GListModel *
podium_document_get_organizations (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->organizations);
}

GListModel *
podium_document_get_people (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->people);
}

GListModel *
podium_document_get_rooms (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->rooms);
}

GListModel *
podium_document_get_sessions (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->sessions);
}

GListModel *
podium_document_get_acknowledgements (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->acknowledgements);
}

/* The published versions, oldest first */
GListModel *
podium_document_get_versions (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->versions);
}

/**
 * podium_document_get_latest_version:
 *
 * Returns: (transfer none) (nullable): the version published last, or %NULL if none was
 */
PodiumVersion *
podium_document_get_latest_version (PodiumDocument *self)
{
  g_autoptr(PodiumVersion) version = NULL;
  guint n;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->versions));
  if (n == 0)
    return NULL;
  version = g_list_model_get_item (G_LIST_MODEL (self->versions), n - 1);
  return version;   /* the store holds it */
}

/* The registered participants (#PodiumParticipant), in document order */
GListModel *
podium_document_get_participants (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->participants);
}

/* What Remove Personal Data kept (#PodiumParticipantCount) */
GListModel *
podium_document_get_participant_counts (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->participant_counts);
}

JsonObject *
podium_document_get_extra (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  return self->extra;
}

void
podium_document_set_extra (PodiumDocument *self,
                           JsonObject     *extra)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (self));

  if (extra)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

/**
 * podium_document_lookup:
 * @type: %PODIUM_TYPE_SESSION, %PODIUM_TYPE_ROOM, …
 *
 * Returns: (transfer none) (nullable): the object of @type with @id in the document.
 */
gpointer
podium_document_lookup (PodiumDocument *self,
                        GType           type,
                        const char     *id)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  if (id == NULL)
    return NULL;

  key = id_key (type, id);
  return g_hash_table_lookup (self->ids, key);
}

/**
 * podium_document_make_id:
 *
 * Returns: (transfer full): a new id for an object of @type that no object of that
 *   type in the document has yet, such as "session-12".
 */
char *
podium_document_make_id (PodiumDocument *self,
                         GType           type)
{
  const char *prefix;
  GListStore *store;
  guint n;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  store = store_for_type (self, type);
  g_return_val_if_fail (store != NULL, NULL);

  if (type == PODIUM_TYPE_ORGANIZATION)
    prefix = "organization";
  else if (type == PODIUM_TYPE_PERSON)
    prefix = "person";
  else if (type == PODIUM_TYPE_ROOM)
    prefix = "room";
  else if (type == PODIUM_TYPE_SESSION)
    prefix = "session";
  else if (type == PODIUM_TYPE_VERSION)
    prefix = "version";
  else if (type == PODIUM_TYPE_PARTICIPANT)
    prefix = "participant";
  else if (type == PODIUM_TYPE_PARTICIPANT_COUNT)
    prefix = "participant-count";
  else
    prefix = "acknowledgement";

  for (n = g_list_model_get_n_items (G_LIST_MODEL (store)) + 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, n);

      if (podium_document_lookup (self, type, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/**
 * podium_document_begin:
 * @label: (nullable): what the step does, as the Undo menu item shows it
 *
 * Starts grouping commands into one undo step until the matching podium_document_end().
 * Groups nest; only the outermost label counts.
 */
void
podium_document_begin (PodiumDocument *self,
                       const char     *label)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (self));

  if (self->group_depth++ > 0)
    return;

  self->group = g_new0 (Command, 1);
  self->group->kind = COMMAND_GROUP;
  self->group->label = g_strdup (label);
  self->group->children = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
}

void
podium_document_end (PodiumDocument *self)
{
  Command *group;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  self->typing = NULL;
  if (group->children->len == 0)
    {
      command_free (group);
      return;
    }

  {
    gboolean was_modified = podium_document_get_modified (self);
    gboolean could_undo = podium_document_can_undo (self);
    gboolean could_redo = podium_document_can_redo (self);

    group->serial = new_serial ();
    g_ptr_array_add (self->undo_stack, group);
    g_ptr_array_set_size (self->redo_stack, 0);
    emit_changed (self, command_changes (group), was_modified, could_undo, could_redo);
  }
}

/**
 * podium_document_edit:
 * @object: a #PodiumConference, #PodiumOrganization, #PodiumPerson, #PodiumRoom,
 *   #PodiumSession, #PodiumRole, #PodiumVideo or #PodiumAcknowledgement of this document
 * @first_property: the name of the first property to set, then its value, then more
 *   name/value pairs, ending with %NULL — as g_object_set()
 *
 * Sets properties as one undo step. Values equal to the current ones are not recorded.
 */
void
podium_document_edit (PodiumDocument *self,
                      gpointer        object,
                      const char     *first_property,
                      ...)
{
  const char *name;
  va_list args;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_OBJECT (object));

  podium_document_begin (self, NULL);

  va_start (args, first_property);
  for (name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *error = NULL;

      if (pspec == NULL)
        {
          g_critical ("%s has no property \"%s\"", G_OBJECT_TYPE_NAME (object), name);
          break;
        }

      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s", error);
          break;
        }
      push_set (self, object, pspec, &value);
    }
  va_end (args);

  podium_document_end (self);
}

/* The property @property of @object, with @value converted to its type in @converted
 * (uninitialised before); NULL, with a critical, for a property or value that does not fit */
static GParamSpec *
convert_value (gpointer      object,
               const char   *property,
               const GValue *value,
               GValue       *converted)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);

  g_return_val_if_fail (pspec != NULL, NULL);

  g_value_init (converted, pspec->value_type);
  if (!g_value_transform (value, converted))
    {
      g_critical ("Cannot set %s:%s from a %s", G_OBJECT_TYPE_NAME (object), property,
                  G_VALUE_TYPE_NAME (value));
      return NULL;
    }
  return pspec;
}

void
podium_document_edit_value (PodiumDocument *self,
                            gpointer        object,
                            const char     *property,
                            const GValue   *value)
{
  GParamSpec *pspec;
  g_auto(GValue) converted = G_VALUE_INIT;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  if (!(pspec = convert_value (object, property, value, &converted)))
    return;
  push_set (self, object, pspec, &converted);
}

/**
 * podium_document_edit_typing:
 * @object: an object of the document, as for podium_document_edit()
 * @property: the property typed into
 * @value: its value after the keystroke
 *
 * Sets @property as podium_document_edit_value() does, for text that is being typed:
 * consecutive calls for the same property of the same object make one undo step, as a
 * text editor groups typing, whose old value is the one before the first keystroke and
 * which keeps its serial as it grows. The step ends with any other step, an undo or redo,
 * podium_document_mark_saved(), podium_document_clear_history() and
 * podium_document_end_typing(); the next keystroke then starts a new one.
 *
 * Typing back to the value before the first keystroke leaves no step at all: the history
 * and the modified state are as they were before the typing began.
 *
 * Between podium_document_begin() and podium_document_end() it is an edit of the group.
 */
void
podium_document_edit_typing (PodiumDocument *self,
                             gpointer        object,
                             const char     *property,
                             const GValue   *value)
{
  g_auto(GValue) converted = G_VALUE_INIT;
  gboolean was_modified, could_undo, could_redo;
  PodiumChangeSet *changes;
  Command *typing;
  GParamSpec *pspec;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  if (!(pspec = convert_value (object, property, value, &converted)))
    return;

  typing = self->typing;
  if (self->group != NULL || typing == NULL ||
      self->undo_stack->len == 0 ||
      g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1) != (gpointer) typing ||
      typing->object != object || typing->pspec != pspec)
    {
      guint64 before = top_serial (self->undo_stack);

      push_set (self, object, pspec, &converted);
      /* push_set () records nothing for a value that is already there */
      if (self->group == NULL && top_serial (self->undo_stack) != before)
        self->typing = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
      return;
    }

  if (g_param_values_cmp (pspec, &typing->new_value, &converted) == 0)
    return;

  was_modified = podium_document_get_modified (self);
  could_undo = podium_document_can_undo (self);
  could_redo = podium_document_can_redo (self);

  g_value_copy (&converted, &typing->new_value);
  command_apply (self, typing, TRUE);
  changes = command_changes (typing);

  if (g_param_values_cmp (pspec, &typing->old_value, &typing->new_value) == 0)
    {
      /* Back where the typing began: a step that changes nothing is no step */
      self->typing = NULL;
      g_ptr_array_remove_index (self->undo_stack, self->undo_stack->len - 1);
    }

  emit_changed (self, changes, was_modified, could_undo, could_redo);
}

/**
 * podium_document_end_typing:
 *
 * Ends the step podium_document_edit_typing() is growing, if any: the next keystroke
 * makes a new step (the user left the field, pressed Enter).
 */
void
podium_document_end_typing (PodiumDocument *self)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (self));

  self->typing = NULL;
}

/**
 * podium_document_add:
 * @object: a new #PodiumOrganization, #PodiumPerson, #PodiumRoom, #PodiumSession,
 *   #PodiumAcknowledgement or #PodiumVersion
 *
 * Appends @object to its collection, giving it a fresh id if it has none.
 */
void
podium_document_add (PodiumDocument *self,
                     gpointer        object)
{
  GListStore *store;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_OBJECT (object));

  store = store_for_type (self, G_OBJECT_TYPE (object));
  g_return_if_fail (store != NULL);

  podium_document_insert (self, object, g_list_model_get_n_items (G_LIST_MODEL (store)));
}

void
podium_document_insert (PodiumDocument *self,
                        gpointer        object,
                        guint           position)
{
  GListStore *store;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_OBJECT (object));

  store = store_for_type (self, G_OBJECT_TYPE (object));
  g_return_if_fail (store != NULL);
  /* Every object in a collection is in the id index, so this is the cheap membership test */
  g_return_if_fail (podium_document_lookup (self, G_OBJECT_TYPE (object),
                                            podium_object_get_id (object)) != object);

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)));

  if (podium_object_get_id (object) == NULL ||
      podium_document_lookup (self, G_OBJECT_TYPE (object), podium_object_get_id (object)))
    {
      g_autofree char *id = podium_document_make_id (self, G_OBJECT_TYPE (object));
      podium_object_set_id (object, id);
    }

  push_list_change (self, COMMAND_INSERT, store, object, position);
}

static GPtrArray *
without (GPtrArray *list,
         gpointer   object)
{
  GPtrArray *rest;

  if (list == NULL || !g_ptr_array_find (list, object, NULL))
    return NULL;
  rest = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < list->len; i++)
    if (g_ptr_array_index (list, i) != object)
      g_ptr_array_add (rest, g_object_ref (g_ptr_array_index (list, i)));
  return rest;
}

/* A removed session leaves every participant's choices and assignments; a removed
 * organisation stays with its participants and counts as free text, its name. */
static void
remove_participant_references (PodiumDocument *self,
                               GObject        *object)
{
  static const char * const lists[] = { "first-choices", "second-choices", "assigned" };
  GListModel *participants = G_LIST_MODEL (self->participants);
  GListModel *counts = G_LIST_MODEL (self->participant_counts);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(PodiumParticipant) p = g_list_model_get_item (participants, i);

      if (PODIUM_IS_ORGANIZATION (object) &&
          podium_participant_get_organization (p) == (gpointer) object)
        podium_document_edit (self, p,
                              "organization", NULL,
                              "organization-name", podium_organization_get_name (PODIUM_ORGANIZATION (object)),
                              NULL);

      for (guint k = 0; PODIUM_IS_SESSION (object) && k < G_N_ELEMENTS (lists); k++)
        {
          g_autoptr(GPtrArray) list = NULL;
          g_autoptr(GPtrArray) rest = NULL;

          g_object_get (p, lists[k], &list, NULL);
          if ((rest = without (list, object)))
            podium_document_edit (self, p, lists[k], rest->len ? rest : NULL, NULL);
        }
    }

  for (guint i = 0; PODIUM_IS_ORGANIZATION (object) && i < g_list_model_get_n_items (counts); i++)
    {
      g_autoptr(PodiumParticipantCount) c = g_list_model_get_item (counts, i);

      if (podium_participant_count_get_organization (c) == (gpointer) object)
        podium_document_edit (self, c,
                              "organization", NULL,
                              "organization-name", podium_organization_get_name (PODIUM_ORGANIZATION (object)),
                              NULL);
    }
}

/* Clears every role, person, video contact and conference field that points at @object;
 * a role left with neither a person nor an organisation is removed.
 */
static void
remove_references (PodiumDocument *self,
                   GObject        *object)
{
  PodiumConference *conference = self->conference;
  guint n_sessions = g_list_model_get_n_items (G_LIST_MODEL (self->sessions));
  guint n_people = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  if (PODIUM_IS_ORGANIZATION (object))
    {
      GPtrArray *co = podium_conference_get_co_organizers (conference);

      if (podium_conference_get_host (conference) == (gpointer) object)
        set_object (self, conference, "host", NULL);

      if (co != NULL && g_ptr_array_find (co, object, NULL))
        {
          g_autoptr(GPtrArray) rest = g_ptr_array_new_with_free_func (g_object_unref);

          for (guint i = 0; i < co->len; i++)
            if (g_ptr_array_index (co, i) != (gpointer) object)
              g_ptr_array_add (rest, g_object_ref (g_ptr_array_index (co, i)));
          podium_document_edit (self, conference, "co-organizers", rest, NULL);
        }

      for (guint i = 0; i < n_people; i++)
        {
          g_autoptr(PodiumPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);

          if (podium_person_get_organization (person) == (gpointer) object)
            set_object (self, person, "organization", NULL);
        }

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->versions)); i++)
        {
          g_autoptr(PodiumVersion) version = g_list_model_get_item (G_LIST_MODEL (self->versions), i);
          PodiumApproval *approval = podium_version_lookup_approval (version, PODIUM_ORGANIZATION (object));

          if (approval != NULL)
            podium_document_remove_approval (self, version, approval);
        }
    }

  if (PODIUM_IS_ORGANIZATION (object) || PODIUM_IS_SESSION (object))
    remove_participant_references (self, object);

  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);
      GListModel *roles = podium_session_get_roles (session);
      PodiumVideo *video = podium_session_get_video (session);

      if (podium_session_get_room (session) == (gpointer) object)
        set_object (self, session, "room", NULL);

      if (podium_video_get_contact (video) == (gpointer) object)
        set_object (self, video, "contact", NULL);

      for (guint j = g_list_model_get_n_items (roles); j > 0; j--)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, j - 1);
          gboolean is_person = podium_role_get_person (role) == (gpointer) object;
          gboolean is_org = podium_role_get_organization (role) == (gpointer) object;

          if (!is_person && !is_org)
            continue;

          if ((is_person && podium_role_get_organization (role) == NULL) ||
              (is_org && podium_role_get_person (role) == NULL))
            podium_document_remove_role (self, session, role);
          else
            set_object (self, role, is_person ? "person" : "organization", NULL);
        }
    }
}

/**
 * podium_document_remove:
 * @object: an organisation, person, room, session, acknowledgement or version of the document
 *
 * Removes @object as one undo step. References to it go in the same step, so that the
 * document never points at something that is not there: a removed room leaves its
 * sessions without a room (they return to the unscheduled tray, keeping their start and
 * length); a removed person or organisation is taken off every role, and a role that
 * held nobody else is removed with it; a removed organisation is no longer anyone's
 * organisation, the host or a co-organiser; a removed person is no longer a video's
 * contact, nor has approved a version. Undo brings all of it back.
 */
void
podium_document_remove (PodiumDocument *self,
                        gpointer        object)
{
  GListStore *store;
  guint position;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_OBJECT (object));

  store = store_for_type (self, G_OBJECT_TYPE (object));
  g_return_if_fail (store != NULL);

  if (!g_list_store_find (store, object, &position))
    g_return_if_reached ();

  podium_document_begin (self, NULL);
  remove_references (self, object);
  push_list_change (self, COMMAND_REMOVE, store, object, position);
  podium_document_end (self);
}

/* Puts @room at @position in the grid order. */
void
podium_document_move_room (PodiumDocument *self,
                           PodiumRoom     *room,
                           guint           position)
{
  guint old_position;
  guint n;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_ROOM (room));

  if (!g_list_store_find (self->rooms, room, &old_position))
    g_return_if_reached ();

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rooms));
  position = MIN (position, n - 1);
  if (position == old_position)
    return;

  podium_document_begin (self, NULL);
  push_list_change (self, COMMAND_REMOVE, self->rooms, room, old_position);
  push_list_change (self, COMMAND_INSERT, self->rooms, room, position);
  podium_document_end (self);
}

/**
 * podium_document_add_role:
 * @person: (nullable): who holds the role
 * @organization: (nullable): which organisation holds it; at least one of the two
 *
 * Returns: (transfer none): the new role, appended to the session's roles
 */
PodiumRole *
podium_document_add_role (PodiumDocument     *self,
                          PodiumSession      *session,
                          PodiumRoleKind      role,
                          PodiumPerson       *person,
                          PodiumOrganization *organization)
{
  g_autoptr(PodiumRole) new_role = NULL;
  GListModel *roles;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (PODIUM_IS_SESSION (session), NULL);
  g_return_val_if_fail (person != NULL || organization != NULL, NULL);

  new_role = g_object_new (PODIUM_TYPE_ROLE,
                           "role", role,
                           "person", person,
                           "organization", organization,
                           NULL);
  roles = podium_session_get_roles (session);
  push_list_change (self, COMMAND_INSERT, G_LIST_STORE (roles), new_role,
                    g_list_model_get_n_items (roles));

  return new_role;
}

void
podium_document_remove_role (PodiumDocument *self,
                             PodiumSession  *session,
                             PodiumRole     *role)
{
  GListStore *roles;
  guint position;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_SESSION (session));
  g_return_if_fail (PODIUM_IS_ROLE (role));

  roles = G_LIST_STORE (podium_session_get_roles (session));
  if (!g_list_store_find (roles, role, &position))
    g_return_if_reached ();

  push_list_change (self, COMMAND_REMOVE, roles, role, position);
}

/**
 * podium_document_schedule:
 * @room: (nullable): the room, or %NULL for a session that spans all rooms
 * @start: the start, a PodiumTime
 * @duration: the length in minutes, at least 1
 *
 * Schedules @session in one step.
 */
void
podium_document_schedule (PodiumDocument *self,
                          PodiumSession  *session,
                          PodiumRoom     *room,
                          gint64          start,
                          int             duration)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_SESSION (session));
  g_return_if_fail (room == NULL || PODIUM_IS_ROOM (room));
  g_return_if_fail (start != PODIUM_TIME_NONE);
  g_return_if_fail (duration > 0);

  podium_document_edit (self, session,
                        "start", start,
                        "duration", duration,
                        "room", room,
                        "all-rooms", room == NULL,
                        NULL);
}

/* Moves @session to @room (NULL: all rooms) at @start, keeping its length. */
void
podium_document_move (PodiumDocument *self,
                      PodiumSession  *session,
                      PodiumRoom     *room,
                      gint64          start)
{
  g_return_if_fail (PODIUM_IS_SESSION (session));

  podium_document_schedule (self, session, room, start, podium_session_get_duration (session));
}

void
podium_document_resize (PodiumDocument *self,
                        PodiumSession  *session,
                        int             duration)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_SESSION (session));
  g_return_if_fail (duration > 0);

  podium_document_edit (self, session, "duration", duration, NULL);
}

/* Takes @session out of the grid, back to the unscheduled tray. Its length stays, and so
 * does "all rooms": a break dragged back from the tray spans every room again.
 */
void
podium_document_unschedule (PodiumDocument *self,
                            PodiumSession  *session)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_SESSION (session));

  podium_document_edit (self, session,
                        "start", PODIUM_TIME_NONE,
                        "room", NULL,
                        NULL);
}

/* Changes the kind of @session in one step. A session not yet in the grid whose length is
 * still its old kind's default takes the new kind's default with it: a new session made a
 * video message is five minutes long, not a talk's thirty. A length someone chose stays.
 */
void
podium_document_set_session_kind (PodiumDocument    *self,
                                  PodiumSession     *session,
                                  PodiumSessionKind  kind)
{
  int duration;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_SESSION (session));

  duration = podium_session_get_duration (session);
  if (!podium_session_is_scheduled (session) &&
      duration == podium_session_kind_default_duration (podium_session_get_kind (session)))
    duration = podium_session_kind_default_duration (kind);

  podium_document_edit (self, session, "kind", kind, "duration", duration, NULL);
}

/**
 * podium_document_update_fact:
 *
 * Stores something Podium read from outside rather than something the user changed —
 * a video's real length, read from its file on every open. It is not an undo step and
 * does not mark the document modified (it is saved with the next real change), but
 * "changed" is emitted, so that conflicts and views follow.
 */
void
podium_document_update_fact (PodiumDocument *self,
                             gpointer        object,
                             const char     *property,
                             const GValue   *value)
{
  g_auto(GValue) old = G_VALUE_INIT;
  g_autoptr(PodiumChangeSet) changes = NULL;
  GParamSpec *pspec;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_OBJECT (object));
  g_return_if_fail (G_IS_VALUE (value));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL && pspec->value_type == G_VALUE_TYPE (value));

  g_value_init (&old, pspec->value_type);
  g_object_get_property (object, property, &old);
  if (g_param_values_cmp (pspec, &old, value) == 0)
    return;

  g_object_set_property (object, property, value);
  self->revision++;
  changes = podium_change_set_new ();
  podium_change_set_add_property (changes, object, property);
  g_signal_emit (self, signals [CHANGED], 0, changes);
}

gboolean
podium_document_can_undo (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
podium_document_can_redo (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), FALSE);

  return self->redo_stack->len > 0;
}

/**
 * podium_document_get_undo_serial:
 * @self: a #PodiumDocument
 *
 * Names the step podium_document_undo() would undo. Each step keeps its serial when it is
 * undone and redone; no two steps of any documents share one.
 *
 * Returns: the serial of the step at the top of the undo history, 0 if there is none
 */
guint64
podium_document_get_undo_serial (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), 0);

  return top_serial (self->undo_stack);
}

const char *
podium_document_get_undo_label (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  if (self->undo_stack->len == 0)
    return NULL;
  return ((Command *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->label;
}

const char *
podium_document_get_redo_label (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  if (self->redo_stack->len == 0)
    return NULL;
  return ((Command *) g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1))->label;
}

static void
move_step (PodiumDocument *self,
           GPtrArray      *from,
           GPtrArray      *to,
           gboolean        forward)
{
  gboolean was_modified, could_undo, could_redo;
  Command *command;

  g_return_if_fail (self->group_depth == 0);

  self->typing = NULL;
  if (from->len == 0)
    return;

  was_modified = podium_document_get_modified (self);
  could_undo = podium_document_can_undo (self);
  could_redo = podium_document_can_redo (self);

  command = g_ptr_array_steal_index (from, from->len - 1);
  command_apply (self, command, forward);
  g_ptr_array_add (to, command);

  emit_changed (self, command_changes (command), was_modified, could_undo, could_redo);
}

void
podium_document_undo (PodiumDocument *self)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (self));

  move_step (self, self->undo_stack, self->redo_stack, FALSE);
}

void
podium_document_redo (PodiumDocument *self)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (self));

  move_step (self, self->redo_stack, self->undo_stack, TRUE);
}

/**
 * podium_document_begin_load:
 *
 * For readers building a document: until the matching podium_document_end_load(),
 * every insertion and change is applied at once, without an undo step or "changed".
 * Much cheaper for a file of thousands of objects.
 */
void
podium_document_begin_load (PodiumDocument *self)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth == 0);

  self->loading++;
}

/**
 * podium_document_end_load:
 *
 * Ends podium_document_begin_load(): the document has no history and counts as saved.
 */
void
podium_document_end_load (PodiumDocument *self)
{
  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (self->loading > 0);

  if (--self->loading == 0)
    podium_document_clear_history (self);
}

/* Forgets every step, e.g. after loading; the current state counts as saved. */
void
podium_document_clear_history (PodiumDocument *self)
{
  gboolean could_undo, could_redo, was_modified;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));

  could_undo = podium_document_can_undo (self);
  could_redo = podium_document_can_redo (self);
  was_modified = podium_document_get_modified (self);

  self->typing = NULL;
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  self->saved_serial = 0;

  if (could_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_UNDO]);
  if (could_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_REDO]);
  if (was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED]);
}

gboolean
podium_document_get_modified (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), FALSE);

  return top_serial (self->undo_stack) != self->saved_serial;
}

void
podium_document_mark_saved (PodiumDocument *self)
{
  gboolean was_modified;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));

  /* Typing after the save is a change of its own, and the saved state stays one Undo away */
  self->typing = NULL;
  was_modified = podium_document_get_modified (self);
  self->saved_serial = top_serial (self->undo_stack);
  if (was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED]);
}

guint64
podium_document_get_revision (PodiumDocument *self)
{
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), 0);

  return self->revision;
}

int
podium_document_get_room_position (PodiumDocument *self,
                                   PodiumRoom     *room)
{
  guint position;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), -1);

  if (room == NULL || !g_list_store_find (self->rooms, room, &position))
    return -1;
  return (int) position;
}

static int
compare_by_time (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  PodiumSession *sa = *(PodiumSession **) a;
  PodiumSession *sb = *(PodiumSession **) b;
  GHashTable *room_order = user_data;
  gint64 ta = podium_session_get_start (sa);
  gint64 tb = podium_session_get_start (sb);
  guint ra, rb;

  if (ta != tb)
    return ta < tb ? -1 : 1;

  /* Sessions in every room come before any room's own, then the grid's room order */
  ra = podium_session_get_all_rooms (sa) ? 0 :
       GPOINTER_TO_UINT (g_hash_table_lookup (room_order, podium_session_get_room (sa)));
  rb = podium_session_get_all_rooms (sb) ? 0 :
       GPOINTER_TO_UINT (g_hash_table_lookup (room_order, podium_session_get_room (sb)));
  if (ra != rb)
    return ra < rb ? -1 : 1;

  return g_utf8_collate (podium_session_get_title (sa), podium_session_get_title (sb));
}

/**
 * podium_document_list_sessions_by_time:
 *
 * Returns: (transfer container): the scheduled sessions, ordered by start, then
 *   all-rooms sessions first, then by room order, then by title; unscheduled sessions
 *   are left out.
 */
GPtrArray *
podium_document_list_sessions_by_time (PodiumDocument *self)
{
  g_autoptr(GHashTable) room_order = g_hash_table_new (NULL, NULL);
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sessions));
  result = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      PodiumSession *session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);

      if (podium_session_is_scheduled (session))
        g_ptr_array_add (result, session);
      else
        g_object_unref (session);
    }
  /* the table borrows the rooms, which the document holds */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rooms)); i++)
    {
      g_autoptr(PodiumRoom) room = g_list_model_get_item (G_LIST_MODEL (self->rooms), i);
      g_hash_table_insert (room_order, room, GUINT_TO_POINTER (i + 1));
    }
  g_ptr_array_sort_with_data (result, compare_by_time, room_order);

  return result;
}

/**
 * podium_document_publish_version:
 * @name: what the version is called ("v2 — an die Ministerien versandt"), not empty
 * @note: (nullable): a note
 * @publisher: (nullable): who published it, a name
 * @published: when, a PodiumTime
 *
 * Records what the programme says now as a new version, appended to the versions, in
 * one undo step.
 *
 * Returns: (transfer none): the new version
 */
PodiumVersion *
podium_document_publish_version (PodiumDocument *self,
                                 const char     *name,
                                 const char     *note,
                                 const char     *publisher,
                                 gint64          published)
{
  g_autoptr(PodiumVersion) version = NULL;
  g_autoptr(GPtrArray) programme = NULL;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  programme = podium_changes_snapshot (self);
  version = g_object_new (PODIUM_TYPE_VERSION,
                          "name", name,
                          "note", note && *note ? note : NULL,
                          "publisher", publisher && *publisher ? publisher : NULL,
                          "published", published,
                          "programme", programme,
                          NULL);
  podium_document_add (self, version);
  return version;
}

/**
 * podium_document_add_approval:
 * @organization: the co-organising organisation that agrees
 * @by: (nullable): who agreed on its behalf, a name
 * @date: when, a PodiumTime
 * @note: (nullable): a note
 *
 * Records @organization's approval of @version as one undo step; an earlier approval
 * by the same organisation is replaced in the same step.
 *
 * Returns: (transfer none): the new approval
 */
PodiumApproval *
podium_document_add_approval (PodiumDocument     *self,
                              PodiumVersion      *version,
                              PodiumOrganization *organization,
                              const char         *by,
                              gint64              date,
                              const char         *note)
{
  g_autoptr(PodiumApproval) approval = NULL;
  PodiumApproval *earlier;
  GListModel *approvals;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (PODIUM_IS_VERSION (version), NULL);
  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (organization), NULL);

  approval = g_object_new (PODIUM_TYPE_APPROVAL,
                           "organization", organization,
                           "by", by && *by ? by : NULL,
                           "date", date,
                           "note", note && *note ? note : NULL,
                           NULL);
  approvals = podium_version_get_approvals (version);

  podium_document_begin (self, NULL);
  if ((earlier = podium_version_lookup_approval (version, organization)))
    podium_document_remove_approval (self, version, earlier);
  push_list_change (self, COMMAND_INSERT, G_LIST_STORE (approvals), approval,
                    g_list_model_get_n_items (approvals));
  podium_document_end (self);

  return approval;
}

void
podium_document_remove_approval (PodiumDocument *self,
                                 PodiumVersion  *version,
                                 PodiumApproval *approval)
{
  GListStore *approvals;
  guint position;

  g_return_if_fail (PODIUM_IS_DOCUMENT (self));
  g_return_if_fail (PODIUM_IS_VERSION (version));
  g_return_if_fail (PODIUM_IS_APPROVAL (approval));

  approvals = G_LIST_STORE (podium_version_get_approvals (version));
  if (!g_list_store_find (approvals, approval, &position))
    g_return_if_reached ();

  push_list_change (self, COMMAND_REMOVE, approvals, approval, position);
}
