/* podium-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "podium-labels.h"
#include "podium-merge.h"
#include "podium-time.h"

/* The merge works on the model rather than on the JSON form: it reads the three
 * documents' values in place, so merging two edited copies of a plan costs about one
 * load, not three writes and parses; references stay objects to look up by id, and
 * the result is built through the same objects the reader builds.
 */

enum { BASE, MINE, THEIRS, N_SIDES };

#define TAKE_CONFLICT 0xff
#define MAX_TEXT      60

struct _PodiumMergeConflict
{
  GObject                  parent_instance;

  PodiumMergeConflictKind  kind;
  GType                    object_type;
  char                    *object_id;
  char                    *object_name;
  char                    *property;
  char                    *label;
  char                    *mine_text;
  char                    *theirs_text;
  PodiumMergeSide          choice;
  guint                    rank;      /* which collection, then where in it: document order */
  guint                    position;
  guint                    serial;
};

G_DEFINE_FINAL_TYPE (PodiumMergeConflict, podium_merge_conflict, G_TYPE_OBJECT)

enum {
  CONFLICT_PROP_0,
  CONFLICT_PROP_CHOICE,
  CONFLICT_N_PROPS
};

static GParamSpec *conflict_properties[CONFLICT_N_PROPS];

G_DEFINE_ENUM_TYPE (PodiumMergeSide, podium_merge_side,
  G_DEFINE_ENUM_VALUE (PODIUM_MERGE_MINE, "mine"),
  G_DEFINE_ENUM_VALUE (PODIUM_MERGE_THEIRS, "theirs"))

G_DEFINE_ENUM_TYPE (PodiumMergeConflictKind, podium_merge_conflict_kind,
  G_DEFINE_ENUM_VALUE (PODIUM_MERGE_BOTH_CHANGED, "both-changed"),
  G_DEFINE_ENUM_VALUE (PODIUM_MERGE_REMOVED_THEIRS, "removed-theirs"),
  G_DEFINE_ENUM_VALUE (PODIUM_MERGE_REMOVED_MINE, "removed-mine"))

/* One thing merged as a unit: a property, or properties that only make sense together */
typedef struct
{
  char       *name;        /* "title", "place", "video.file" */
  GParamSpec *pspecs[3];
  guint       n_pspecs;
  gboolean    on_video;    /* a property of the session's video */
} Field;

typedef struct
{
  Field *fields;
  guint  n_fields;
} FieldTable;

/* An unknown JSON member of an object, merged like a property */
typedef struct
{
  char                *name;
  gboolean             on_video;
  JsonNode            *node[N_SIDES];   /* borrowed; NULL where absent */
  guint8               take;
  PodiumMergeConflict *conflict;
} Member;

/* Entities and roles start alike, so that lists of either merge the same way */
typedef struct
{
  PodiumObject *obj[N_SIDES];
} Item;

typedef struct
{
  PodiumObject *obj[N_SIDES];
  char                *key;       /* what matches it across the documents */
  GPtrArray           *members;
  gboolean             present;
  PodiumMergeConflict *slot;      /* a moderator both sides replaced: the choice decides */
} RoleItem;

typedef struct
{
  PodiumObject        *obj[N_SIDES];
  GType                type;
  char                *result_id;   /* a new id for an object theirs added under a taken one */
  guint                rank;
  guint                position;
  int                  whole;       /* MINE or THEIRS: taken whole from that side; -1: merged */
  gboolean             present;     /* in the result, unless @existence decides */
  PodiumMergeConflict *existence;
  guint8              *take;        /* per field: the side whose value is taken */
  PodiumMergeConflict **conflicts;  /* per field, where take is TAKE_CONFLICT */
  GPtrArray           *members;     /* Member */
  GPtrArray           *roles;       /* RoleItem, owned */
  GPtrArray           *role_order[N_SIDES];
  PodiumMergeConflict *role_order_conflict;
} Entity;

typedef struct
{
  GType                type;
  guint                rank;
  GPtrArray           *entities;           /* Entity, owned */
  GHashTable          *by_id[N_SIDES];     /* id (or acknowledgement key) → Entity */
  GHashTable          *renamed;            /* theirs' id → the id in the result */
  GPtrArray           *order[N_SIDES];     /* Entity, in each document's order */
  PodiumMergeConflict *order_conflict;     /* rooms only */
} Collection;

enum { C_ORGANIZATIONS, C_PEOPLE, C_ROOMS, C_SESSIONS, C_ACKNOWLEDGEMENTS, C_PARTICIPANTS,
       C_PARTICIPANT_COUNTS, N_COLLECTIONS };

struct _PodiumMerge
{
  GObject         parent_instance;

  PodiumDocument *doc[N_SIDES];
  Collection      collections[N_COLLECTIONS];
  Entity         *conference;
  Entity         *plan;            /* the document's own members and room order */
  GListStore     *conflicts;
  guint           serial;
};

G_DEFINE_FINAL_TYPE (PodiumMerge, podium_merge, G_TYPE_OBJECT)

/* Fields */

static int
compare_pspecs (gconstpointer a,
                gconstpointer b)
{
  const GParamSpec *pa = *(GParamSpec * const *) a;
  const GParamSpec *pb = *(GParamSpec * const *) b;

  return (pa->param_id > pb->param_id) - (pa->param_id < pb->param_id);
}

static void
add_fields (GArray   *fields,
            GType     type,
            gboolean  on_video)
{
  GObjectClass *klass = g_type_class_ref (type);
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  pspecs = g_object_class_list_properties (klass, &n);
  qsort (pspecs, n, sizeof (GParamSpec *), compare_pspecs);

  for (guint i = 0; i < n; i++)
    {
      const char *name = pspecs[i]->name;
      Field field = { 0 };

      if (pspecs[i]->owner_type == PODIUM_TYPE_OBJECT ||
          (pspecs[i]->flags & PODIUM_PARAM_TRANSIENT))
        continue;

      field.on_video = on_video;
      field.pspecs[field.n_pspecs++] = pspecs[i];

      /* A session is placed by its start and its room together, so that a merge never
       * gives it mine's room at theirs' time, a slot nobody chose; its length is its
       * own field, as a resize and a move are different intentions and combine. The
       * conference's first and last day go together too: each side's pair is valid. */
      if (type == PODIUM_TYPE_SESSION && !on_video)
        {
          if (g_str_equal (name, "room") || g_str_equal (name, "all-rooms"))
            continue;
          if (g_str_equal (name, "start"))
            {
              field.pspecs[field.n_pspecs++] = g_object_class_find_property (klass, "room");
              field.pspecs[field.n_pspecs++] = g_object_class_find_property (klass, "all-rooms");
              name = "place";
            }
        }
      else if (type == PODIUM_TYPE_CONFERENCE)
        {
          if (g_str_equal (name, "end-date"))
            continue;
          if (g_str_equal (name, "start-date"))
            {
              field.pspecs[field.n_pspecs++] = g_object_class_find_property (klass, "end-date");
              name = "dates";
            }
        }

      field.name = on_video ? g_strconcat ("video.", name, NULL) : g_strdup (name);
      g_array_append_val (fields, field);
    }

  g_type_class_unref (klass);
}

static GType
field_table_type (guint i)
{
  switch (i)
    {
    case 0: return PODIUM_TYPE_CONFERENCE;
    case 1: return PODIUM_TYPE_ORGANIZATION;
    case 2: return PODIUM_TYPE_PERSON;
    case 3: return PODIUM_TYPE_ROOM;
    case 4: return PODIUM_TYPE_SESSION;
    case 5: return PODIUM_TYPE_ACKNOWLEDGEMENT;
    case 6: return PODIUM_TYPE_PARTICIPANT;
    case 7: return PODIUM_TYPE_PARTICIPANT_COUNT;
    default: return G_TYPE_INVALID;
    }
}

/* The fields of every kind of object, from its properties: a property added to a class
 * is merged without a change here. */
static const FieldTable *
fields_for_type (GType type)
{
  static FieldTable tables[8];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
        {
          GArray *fields = g_array_new (FALSE, TRUE, sizeof (Field));

          add_fields (fields, field_table_type (i), FALSE);
          if (field_table_type (i) == PODIUM_TYPE_SESSION)
            add_fields (fields, PODIUM_TYPE_VIDEO, TRUE);
          tables[i].n_fields = fields->len;
          tables[i].fields = (Field *) (gpointer) g_array_free (fields, FALSE);
        }
      g_once_init_leave (&initialized, 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (field_table_type (i) == type)
      return &tables[i];
  return NULL;
}

static PodiumObject *
field_object (const Field  *field,
              PodiumObject *object)
{
  if (field->on_video)
    return PODIUM_OBJECT (podium_session_get_video (PODIUM_SESSION (object)));
  return object;
}

static const GValue *
field_value (const Field  *field,
             PodiumObject *object,
             guint         i)
{
  return _podium_object_peek (field_object (field, object), field->pspecs[i]->param_id);
}

/* Labels */

typedef struct
{
  const char *type;
  const char *property;
  const char *label;
} Label;

static const Label property_labels[] = {
  { "PodiumSession", "title", N_("Title") },
  { "PodiumSession", "subtitle", N_("Subtitle") },
  { "PodiumSession", "kind", N_("Kind") },
  { "PodiumSession", "status", N_("Status") },
  { "PodiumSession", "abstract", N_("Abstract") },
  { "PodiumSession", "notes", N_("Notes") },
  { "PodiumSession", "language", N_("Language") },
  { "PodiumSession", "track", N_("Track") },
  { "PodiumSession", "tags", N_("Tags") },
  { "PodiumSession", "place", N_("Time and room") },
  { "PodiumSession", "duration", N_("Length") },
  { "PodiumSession", "expected-attendance", N_("Expected attendance") },
  { "PodiumSession", "roles", N_("Roles") },
  { "PodiumSession", "video.file", N_("Video file") },
  { "PodiumSession", "video.duration", N_("Video length") },
  { "PodiumSession", "video.thumbnail", N_("Video thumbnail") },
  { "PodiumSession", "video.status", N_("Video status") },
  { "PodiumSession", "video.contact", N_("Video contact") },
  { "PodiumSession", "video.received", N_("Video received") },
  { "PodiumSession", "video.subtitles", N_("Video subtitles") },
  { "PodiumSession", "video.notes", N_("Video notes") },
  { "PodiumPerson", "name", N_("Name") },
  { "PodiumPerson", "honorific", N_("Honorific") },
  { "PodiumPerson", "position", N_("Position") },
  { "PodiumPerson", "organization", N_("Organisation") },
  { "PodiumPerson", "email", N_("Email") },
  { "PodiumPerson", "phone", N_("Phone") },
  { "PodiumPerson", "notes", N_("Notes") },
  { "PodiumPerson", "availability", N_("Availability") },
  { "PodiumRoom", "name", N_("Name") },
  { "PodiumRoom", "kind", N_("Kind") },
  { "PodiumRoom", "capacity", N_("Capacity") },
  { "PodiumRoom", "theme", N_("Theme") },
  { "PodiumRoom", "location", N_("Location") },
  { "PodiumRoom", "equipment", N_("Equipment") },
  { "PodiumRoom", "color", N_("Colour") },
  { "PodiumOrganization", "name", N_("Name") },
  { "PodiumOrganization", "short-name", N_("Short name") },
  { "PodiumOrganization", "region", N_("Region") },
  { "PodiumOrganization", "kind", N_("Kind") },
  { "PodiumOrganization", "color", N_("Colour") },
  { "PodiumOrganization", "website", N_("Website") },
  { "PodiumOrganization", "notes", N_("Notes") },
  { "PodiumConference", "title", N_("Title") },
  { "PodiumConference", "subtitle", N_("Subtitle") },
  { "PodiumConference", "acronym", N_("Acronym") },
  { "PodiumConference", "description", N_("Description") },
  { "PodiumConference", "dates", N_("Dates") },
  { "PodiumConference", "day-start", N_("Start of day") },
  { "PodiumConference", "day-end", N_("End of day") },
  { "PodiumConference", "time-zone", N_("Time zone") },
  { "PodiumConference", "language", N_("Language") },
  { "PodiumConference", "venue-name", N_("Venue") },
  { "PodiumConference", "venue-address", N_("Address") },
  { "PodiumConference", "venue-city", N_("City") },
  { "PodiumConference", "host", N_("Host") },
  { "PodiumConference", "co-organizers", N_("Co-organisers") },
  { "PodiumConference", "expected-attendance", N_("Expected attendance") },
  { "PodiumConference", "contact", N_("Contact") },
  { "PodiumConference", "website", N_("Website") },
  { "PodiumConference", "slot-minutes", N_("Grid step") },
  { "PodiumConference", "updated", N_("Last changed") },
  { "PodiumConference", "updated-by", N_("Last changed by") },
  { "PodiumParticipant", "name", N_("Name") },
  { "PodiumParticipant", "organization", N_("Organisation") },
  { "PodiumParticipant", "organization-name", N_("Organisation") },
  { "PodiumParticipant", "position", N_("Position") },
  { "PodiumParticipant", "email", N_("Email") },
  { "PodiumParticipant", "region", N_("Region") },
  { "PodiumParticipant", "notes", N_("Notes") },
  { "PodiumParticipant", "status", N_("Status") },
  { "PodiumParticipant", "first-choices", N_("First choices") },
  { "PodiumParticipant", "second-choices", N_("Second choices") },
  { "PodiumParticipant", "assigned", N_("Assigned sessions") },
  { "PodiumParticipantCount", "organization", N_("Organisation") },
  { "PodiumParticipantCount", "organization-name", N_("Organisation") },
  { "PodiumParticipantCount", "region", N_("Region") },
  { "PodiumParticipantCount", "count", N_("Participants") },
  { "PodiumParticipantCount", "attended", N_("Attended") },
  { "PodiumAcknowledgement", "rule", N_("Rule") },
  { "PodiumAcknowledgement", "key", N_("Cause") },
  { "PodiumAcknowledgement", "note", N_("Note") },
  { "PodiumDocument", "room-order", N_("Order of the rooms") },
};

const char *
podium_merge_property_label (GType       type,
                             const char *property)
{
  const char *type_name = g_type_name (type);

  g_return_val_if_fail (property != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (property_labels); i++)
    if (g_strcmp0 (property_labels[i].type, type_name) == 0 &&
        g_str_equal (property_labels[i].property, property))
      return _(property_labels[i].label);
  return property;
}

/* Text a user reads: one line, not too long */
static char *
shorten (char *text)
{
  char *result;

  g_strdelimit (text, "\n\r\t", ' ');
  if (g_utf8_strlen (text, -1) <= MAX_TEXT)
    return text;

  result = g_utf8_substring (text, 0, MAX_TEXT - 1);
  g_free (text);
  return g_strconcat (g_strchomp (result), "…", NULL);
}

static char *
object_text (gpointer object)
{
  if (object == NULL)
    return g_strdup (_("none"));
  if (PODIUM_IS_ROOM (object))
    return g_strdup (podium_room_get_name (object));
  if (PODIUM_IS_PERSON (object))
    return podium_labels_person (object);
  if (PODIUM_IS_ORGANIZATION (object))
    return g_strdup (podium_labels_organization (object));
  if (PODIUM_IS_PARTICIPANT (object))
    return g_strdup (podium_participant_get_name (object));
  if (PODIUM_IS_SESSION (object))
    return g_strdup (podium_session_get_title (object));
  return g_strdup (podium_object_get_id (object));
}

static const char *
enum_text (GType type,
           int   value)
{
  if (type == PODIUM_TYPE_SESSION_KIND)
    return podium_labels_session_kind (value);
  if (type == PODIUM_TYPE_SESSION_STATUS)
    return podium_labels_session_status (value);
  if (type == PODIUM_TYPE_PARTICIPANT_STATUS)
    return podium_participant_status_label (value);
  if (type == PODIUM_TYPE_ROLE_KIND)
    return podium_labels_role (value);
  if (type == PODIUM_TYPE_ORGANIZATION_KIND)
    return podium_labels_organization_kind (value);
  if (type == PODIUM_TYPE_ROOM_KIND)
    return podium_labels_room_kind (value);
  if (type == PODIUM_TYPE_VIDEO_STATUS)
    return podium_labels_video_status (value);
  return podium_enum_to_nick (type, value);
}

static char *
int_text (const char *name,
          gboolean    on_video,
          int         value)
{
  if (on_video && g_str_equal (name, "duration"))
    {
      if (value < 0)
        return g_strdup (_("unknown"));
      return g_strdup_printf ("%d:%02d", value / 60, value % 60);
    }
  if (g_str_equal (name, "duration") || g_str_equal (name, "slot-minutes"))
    return g_strdup_printf (ngettext ("%d min", "%d min", value), value);
  if (g_str_equal (name, "received"))
    return value == PODIUM_DATE_NONE ? g_strdup (_("none")) : podium_labels_date (value);
  if (g_str_equal (name, "day-start") || g_str_equal (name, "day-end"))
    return podium_time_format_clock (value);
  return g_strdup_printf ("%d", value);
}

/* A value as a user reads it: "Raum A", "30 min", "Monday, 20 November 2023" */
static char *
value_text (GParamSpec   *pspec,
            gboolean      on_video,
            const GValue *value)
{
  GType type = pspec->value_type;
  GString *str;

  if (type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (value);
      return shorten (g_strdup (text && *text ? text : _("empty")));
    }
  if (G_IS_PARAM_SPEC_OBJECT (pspec))
    return object_text (g_value_get_object (value));
  if (G_IS_PARAM_SPEC_ENUM (pspec))
    return g_strdup (enum_text (type, g_value_get_enum (value)));
  if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    return g_strdup (g_value_get_boolean (value) ? _("yes") : _("no"));
  if (G_IS_PARAM_SPEC_INT (pspec))
    return int_text (pspec->name, on_video, g_value_get_int (value));

  str = g_string_new (NULL);
  if (G_IS_PARAM_SPEC_FLAGS (pspec))
    {
      guint flags = g_value_get_flags (value);

      for (guint bit = 1; bit != 0 && bit <= flags; bit <<= 1)
        if (flags & bit)
          g_string_append_printf (str, "%s%s", str->len ? ", " : "",
                                  podium_labels_equipment ((PodiumEquipment) bit));
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);

      for (guint i = 0; strv && strv[i]; i++)
        g_string_append_printf (str, "%s%s", i ? ", " : "", strv[i]);
    }
  else if (type == G_TYPE_PTR_ARRAY && g_str_equal (pspec->name, "availability"))
    {
      GPtrArray *spans = g_value_get_boxed (value);

      for (guint i = 0; spans && i < spans->len; i++)
        {
          PodiumSpan *span = g_ptr_array_index (spans, i);
          g_autofree char *date = podium_labels_date (podium_time_get_date (span->start));
          g_autofree char *range = podium_labels_time_range (span->start, span->end);

          g_string_append_printf (str, "%s%s %s", i ? "; " : "", date, range);
        }
    }
  else if (type == G_TYPE_PTR_ARRAY)
    {
      GPtrArray *objects = g_value_get_boxed (value);

      for (guint i = 0; objects && i < objects->len; i++)
        {
          g_autofree char *text = object_text (g_ptr_array_index (objects, i));
          g_string_append_printf (str, "%s%s", i ? ", " : "", text);
        }
    }
  if (str->len == 0)
    g_string_append (str, _("none"));

  return shorten (g_string_free (str, FALSE));
}

static char *
node_text (JsonNode *node)
{
  if (node == NULL)
    return g_strdup (_("removed"));
  return shorten (json_to_string (node, FALSE));
}

static char *
member_label (const char *name)
{
  /* TRANSLATORS: a member of the file this Podium does not know, written by a newer one */
  return g_strdup_printf (_("Unknown detail “%s”"), name);
}

/* Where @session is, naming only what differs from the other side */
static char *
place_text (PodiumSession *session,
            gboolean       with_date,
            gboolean       with_time,
            gboolean       with_room)
{
  gint64 start = podium_session_get_start (session);
  g_autofree char *clock = NULL;
  g_autofree char *place = NULL;
  g_autofree char *date = NULL;
  GString *str = g_string_new (NULL);

  if (!podium_session_is_scheduled (session))
    with_room = TRUE;
  if (start == PODIUM_TIME_NONE)
    with_time = with_date = FALSE;

  if (with_date)
    {
      date = podium_labels_date (podium_time_get_date (start));
      g_string_append (str, date);
    }
  if (with_time)
    {
      clock = podium_time_format_clock (podium_time_get_clock (start));
      g_string_append_printf (str, "%s%s", str->len ? ", " : "", clock);
    }
  if (with_room || str->len == 0)
    {
      place = podium_labels_session_place (session);
      g_string_append_printf (str, "%s%s", str->len ? ", " : "", place);
    }
  return g_string_free (str, FALSE);
}

static char *
entity_name (Entity *e)
{
  PodiumObject *object = e->obj[MINE] ? e->obj[MINE] : e->obj[THEIRS] ? e->obj[THEIRS] : e->obj[BASE];

  if (e->type == PODIUM_TYPE_DOCUMENT)
    return g_strdup (_("the plan"));
  if (e->type == PODIUM_TYPE_CONFERENCE)
    return g_strdup (_("the conference"));
  if (e->type == PODIUM_TYPE_SESSION)
    return g_strdup (podium_session_get_title (PODIUM_SESSION (object)));
  if (e->type == PODIUM_TYPE_ACKNOWLEDGEMENT)
    /* TRANSLATORS: a problem of the plan marked as seen; %s is its rule, "room-overlap" */
    return g_strdup_printf (_("the accepted problem “%s”"),
                            podium_acknowledgement_get_rule (PODIUM_ACKNOWLEDGEMENT (object)));
  return object_text (object);
}

/* Conflicts */

static void
podium_merge_conflict_finalize (GObject *object)
{
  PodiumMergeConflict *self = PODIUM_MERGE_CONFLICT (object);

  g_free (self->object_id);
  g_free (self->object_name);
  g_free (self->property);
  g_free (self->label);
  g_free (self->mine_text);
  g_free (self->theirs_text);

  G_OBJECT_CLASS (podium_merge_conflict_parent_class)->finalize (object);
}

static void
podium_merge_conflict_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PodiumMergeConflict *self = PODIUM_MERGE_CONFLICT (object);

  switch (prop_id)
    {
    case CONFLICT_PROP_CHOICE:
      g_value_set_enum (value, self->choice);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podium_merge_conflict_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PodiumMergeConflict *self = PODIUM_MERGE_CONFLICT (object);

  switch (prop_id)
    {
    case CONFLICT_PROP_CHOICE:
      podium_merge_conflict_set_choice (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podium_merge_conflict_class_init (PodiumMergeConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podium_merge_conflict_finalize;
  object_class->get_property = podium_merge_conflict_get_property;
  object_class->set_property = podium_merge_conflict_set_property;

  conflict_properties[CONFLICT_PROP_CHOICE] =
    g_param_spec_enum ("choice", NULL, NULL,
                       PODIUM_TYPE_MERGE_SIDE, PODIUM_MERGE_MINE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, CONFLICT_N_PROPS, conflict_properties);
}

static void
podium_merge_conflict_init (PodiumMergeConflict *self)
{
  self->choice = PODIUM_MERGE_MINE;
}

/* Takes @property, @label and both texts */
static PodiumMergeConflict *
add_conflict (PodiumMerge             *self,
              Entity                  *e,
              PodiumMergeConflictKind  kind,
              char                    *property,
              char                    *label,
              char                    *mine_text,
              char                    *theirs_text)
{
  PodiumMergeConflict *conflict = g_object_new (PODIUM_TYPE_MERGE_CONFLICT, NULL);
  PodiumObject *object = e->obj[MINE] ? e->obj[MINE] : e->obj[THEIRS] ? e->obj[THEIRS] : e->obj[BASE];

  conflict->kind = kind;
  conflict->object_type = e->type;
  if (object != NULL && e->type != PODIUM_TYPE_CONFERENCE && e->type != PODIUM_TYPE_ACKNOWLEDGEMENT)
    conflict->object_id = g_strdup (podium_object_get_id (object));
  conflict->object_name = entity_name (e);
  conflict->property = property;
  conflict->label = label;
  conflict->mine_text = mine_text;
  conflict->theirs_text = theirs_text;
  conflict->rank = e->rank;
  conflict->position = e->position;
  conflict->serial = self->serial++;

  g_list_store_append (self->conflicts, conflict);
  g_object_unref (conflict);
  return conflict;  /* owned by the list */
}

static int
choice_side (PodiumMergeConflict *conflict)
{
  return conflict->choice == PODIUM_MERGE_MINE ? MINE : THEIRS;
}

static int
compare_conflicts (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  const PodiumMergeConflict *ca = a, *cb = b;

  if (ca->rank != cb->rank)
    return ca->rank < cb->rank ? -1 : 1;
  if (ca->position != cb->position)
    return ca->position < cb->position ? -1 : 1;
  return (ca->serial > cb->serial) - (ca->serial < cb->serial);
}

/* Comparing values */

static Collection *
collection_for_type (PodiumMerge *self,
                     GType        type)
{
  for (guint i = 0; i < N_COLLECTIONS; i++)
    if (self->collections[i].type == type)
      return &self->collections[i];
  return NULL;
}

/* The id @object of @side has in the result: theirs' objects added under an id mine
 * also added have a new one */
static const char *
ref_id (PodiumMerge *self,
        int          side,
        gpointer     object)
{
  const char *id;
  const char *renamed;
  Collection *c;

  if (object == NULL)
    return NULL;

  id = podium_object_get_id (object);
  if (side == THEIRS && (c = collection_for_type (self, G_OBJECT_TYPE (object))) &&
      (renamed = g_hash_table_lookup (c->renamed, id)))
    return renamed;
  return id;
}

static const char *
nonempty (const char *text)
{
  return text && *text ? text : NULL;
}

static gboolean
extras_equal (JsonObject *a,
              JsonObject *b)
{
  if (a == NULL || json_object_get_size (a) == 0)
    return b == NULL || json_object_get_size (b) == 0;
  if (b == NULL)
    return FALSE;
  return json_object_equal (a, b);
}

static gboolean
values_equal (PodiumMerge  *self,
              GParamSpec   *pspec,
              int           side_a,
              const GValue *a,
              int           side_b,
              const GValue *b)
{
  GType type = pspec->value_type;

  if (G_IS_PARAM_SPEC_OBJECT (pspec))
    return g_strcmp0 (ref_id (self, side_a, g_value_get_object (a)),
                      ref_id (self, side_b, g_value_get_object (b))) == 0;
  /* The file writes no empty texts, lists or spans: empty and unset are the same */
  if (type == G_TYPE_STRING)
    return g_strcmp0 (nonempty (g_value_get_string (a)), nonempty (g_value_get_string (b))) == 0;
  if (type == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);

      if (sa == NULL || sa[0] == NULL)
        return sb == NULL || sb[0] == NULL;
      return sb != NULL && g_strv_equal (sa, sb);
    }
  if (type == G_TYPE_PTR_ARRAY)
    {
      GPtrArray *pa = g_value_get_boxed (a);
      GPtrArray *pb = g_value_get_boxed (b);
      guint na = pa ? pa->len : 0;
      guint nb = pb ? pb->len : 0;
      gboolean spans = g_str_equal (pspec->name, "availability");

      if (na != nb)
        return FALSE;
      for (guint i = 0; i < na; i++)
        {
          gpointer ea = g_ptr_array_index (pa, i);
          gpointer eb = g_ptr_array_index (pb, i);

          if (spans)
            {
              PodiumSpan *xa = ea, *xb = eb;

              if (xa->start != xb->start || xa->end != xb->end || !extras_equal (xa->extra, xb->extra))
                return FALSE;
            }
          else if (g_strcmp0 (ref_id (self, side_a, ea), ref_id (self, side_b, eb)) != 0)
            return FALSE;
        }
      return TRUE;
    }
  return g_param_values_cmp (pspec, a, b) == 0;
}

static gboolean
field_equal (PodiumMerge  *self,
             const Field  *field,
             int           side_a,
             PodiumObject *a,
             int           side_b,
             PodiumObject *b)
{
  for (guint i = 0; i < field->n_pspecs; i++)
    {
      /* all-rooms counts only without a room, as the file writes it */
      if (i == 2 && g_value_get_object (field_value (field, a, 1)) != NULL)
        continue;
      if (!values_equal (self, field->pspecs[i], side_a, field_value (field, a, i),
                         side_b, field_value (field, b, i)))
        return FALSE;
    }
  return TRUE;
}

static Entity *referenced_entity (PodiumMerge *self,
                                   int          side,
                                   gpointer     object);

/* Whether @side removed @object, an object of base */
static gboolean
removed_by (PodiumMerge *self,
            int          side,
            gpointer     object)
{
  Entity *e = referenced_entity (self, BASE, object);

  return e != NULL && e->obj[side] == NULL;
}

/* Whether @value of @side is @base_value with the references to what @side removed
 * cleared, as podium_document_remove() clears them: not an edit of its own */
static gboolean
is_cascade (PodiumMerge  *self,
            GParamSpec   *pspec,
            int           side,
            const GValue *base_value,
            const GValue *value)
{
  if (G_IS_PARAM_SPEC_OBJECT (pspec))
    return g_value_get_object (value) == NULL && g_value_get_object (base_value) != NULL &&
           removed_by (self, side, g_value_get_object (base_value));

  if (pspec->value_type == G_TYPE_PTR_ARRAY && !g_str_equal (pspec->name, "availability"))
    {
      GPtrArray *before = g_value_get_boxed (base_value);
      GPtrArray *after = g_value_get_boxed (value);
      guint k = 0;

      for (guint i = 0; before && i < before->len; i++)
        {
          gpointer object = g_ptr_array_index (before, i);

          if (removed_by (self, side, object))
            continue;
          if (after == NULL || k >= after->len ||
              g_strcmp0 (podium_object_get_id (object), ref_id (self, side, g_ptr_array_index (after, k))) != 0)
            return FALSE;
          k++;
        }
      return k == (after ? after->len : 0);
    }
  return FALSE;
}

/* Whether @side left the field as it was in base, but for the references its removals
 * cleared */
static gboolean
field_kept (PodiumMerge  *self,
            const Field  *field,
            int           side,
            PodiumObject *base,
            PodiumObject *object)
{
  for (guint i = 0; i < field->n_pspecs; i++)
    {
      const GValue *a = field_value (field, base, i);
      const GValue *b = field_value (field, object, i);

      if (i == 2 && g_value_get_object (field_value (field, base, 1)) != NULL)
        continue;
      if (!values_equal (self, field->pspecs[i], BASE, a, side, b) &&
          !is_cascade (self, field->pspecs[i], side, a, b))
        return FALSE;
    }
  return TRUE;
}

/* Whether @side removed @role of base only because it removed its person or organisation */
static gboolean
role_cascade (PodiumMerge  *self,
              int           side,
              PodiumObject *role)
{
  return removed_by (self, side, podium_role_get_person (PODIUM_ROLE (role))) ||
         removed_by (self, side, podium_role_get_organization (PODIUM_ROLE (role)));
}

static JsonObject *
object_extra (PodiumObject *object,
              gboolean      on_video)
{
  if (on_video)
    object = PODIUM_OBJECT (podium_session_get_video (PODIUM_SESSION (object)));
  return podium_object_get_extra (object);
}

/* What identifies a role within its session's list, with @n counting equal ones */
static char *
role_key (PodiumMerge *self,
          int          side,
          PodiumRole  *role,
          guint        n)
{
  return g_strdup_printf ("%d\x1f%s\x1f%s\x1f%u", podium_role_get_role (role),
                          ref_id (self, side, podium_role_get_person (role)),
                          ref_id (self, side, podium_role_get_organization (role)), n);
}

static gboolean
roles_equal (PodiumMerge   *self,
             int            side_a,
             PodiumSession *a,
             int            side_b,
             PodiumSession *b)
{
  GListModel *ra = podium_session_get_roles (a);
  GListModel *rb = podium_session_get_roles (b);
  guint na = g_list_model_get_n_items (ra);
  guint nb = g_list_model_get_n_items (rb);
  guint j = 0;

  for (guint i = 0; i < na; i++, j++)
    {
      g_autoptr(PodiumRole) x = g_list_model_get_item (ra, i);
      g_autoptr(PodiumRole) y = NULL;

      /* Against base, a role that went with its holder is no change */
      if (side_a == BASE && role_cascade (self, side_b, PODIUM_OBJECT (x)))
        {
          j--;
          continue;
        }
      if (j >= nb)
        return FALSE;
      y = g_list_model_get_item (rb, j);

      if (podium_role_get_role (x) != podium_role_get_role (y) ||
          g_strcmp0 (ref_id (self, side_a, podium_role_get_person (x)),
                     ref_id (self, side_b, podium_role_get_person (y))) != 0 ||
          g_strcmp0 (ref_id (self, side_a, podium_role_get_organization (x)),
                     ref_id (self, side_b, podium_role_get_organization (y))) != 0 ||
          !extras_equal (podium_object_get_extra (PODIUM_OBJECT (x)),
                         podium_object_get_extra (PODIUM_OBJECT (y))))
        return FALSE;
    }
  return j == nb;
}

/* The labels of what differs between @a and @b (all of it, if @labels is NULL: whether
 * anything does); the number of differences */
static guint
differences (PodiumMerge  *self,
             GType         type,
             int           side_a,
             PodiumObject *a,
             int           side_b,
             PodiumObject *b,
             GPtrArray    *labels,
             char        **single_text)
{
  const FieldTable *table = fields_for_type (type);
  guint n = 0;

  for (guint i = 0; i < table->n_fields; i++)
    if (side_a == BASE ? !field_kept (self, &table->fields[i], side_b, a, b)
                       : !field_equal (self, &table->fields[i], side_a, a, side_b, b))
      {
        const Field *field = &table->fields[i];

        if (labels == NULL)
          return 1;
        g_ptr_array_add (labels, g_strdup (podium_merge_property_label (type, field->name)));
        if (n++ == 0 && single_text && field->n_pspecs == 1)
          *single_text = value_text (field->pspecs[0], field->on_video, field_value (field, b, 0));
      }

  for (int v = 0; v <= (type == PODIUM_TYPE_SESSION); v++)
    if (!extras_equal (object_extra (a, v), object_extra (b, v)))
      {
        if (labels == NULL)
          return 1;
        n++;
        g_ptr_array_add (labels, g_strdup (_("Unknown details")));
      }

  if (type == PODIUM_TYPE_SESSION &&
      !roles_equal (self, side_a, PODIUM_SESSION (a), side_b, PODIUM_SESSION (b)))
    {
      if (labels == NULL)
        return 1;
      n++;
      g_ptr_array_add (labels, g_strdup (podium_merge_property_label (type, "roles")));
    }

  if (n != 1 && single_text)
    g_clear_pointer (single_text, g_free);
  return n;
}

/* The three-way rule: the side that changed wins; two different changes conflict */
static guint8
decide (gboolean mine_is_theirs,
        gboolean base_is_mine,
        gboolean base_is_theirs)
{
  if (mine_is_theirs || base_is_theirs)
    return MINE;
  if (base_is_mine)
    return THEIRS;
  return TAKE_CONFLICT;
}

/* Unknown members */

static void
member_free (Member *member)
{
  g_free (member->name);
  g_free (member);
}

static void
collect_members (GPtrArray  *members,
                 GHashTable *seen,
                 JsonObject *extra,
                 int         side,
                 gboolean    on_video)
{
  g_autoptr(GList) names = NULL;

  if (extra == NULL)
    return;

  names = json_object_get_members (extra);
  for (const GList *l = names; l; l = l->next)
    {
      Member *member = g_hash_table_lookup (seen, l->data);

      if (member == NULL)
        {
          member = g_new0 (Member, 1);
          member->name = g_strdup (l->data);
          member->on_video = on_video;
          g_hash_table_insert (seen, member->name, member);
          g_ptr_array_add (members, member);
        }
      member->node[side] = json_object_get_member (extra, l->data);
    }
}

static gboolean
nodes_equal (JsonNode *a,
             JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

/* Merges the unknown members of @extras one by one; conflicts go on @e, named with
 * @prefix ("video.", "roles.") */
static GPtrArray *
merge_members (PodiumMerge *self,
               Entity      *e,
               JsonObject  *const extras[N_SIDES],
               const char  *prefix,
               gboolean     on_video)
{
  GPtrArray *members = g_ptr_array_new_with_free_func ((GDestroyNotify) member_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  /* Mine's order first, so that an unchanged side keeps its order */
  collect_members (members, seen, extras[MINE], MINE, on_video);
  collect_members (members, seen, extras[THEIRS], THEIRS, on_video);
  collect_members (members, seen, extras[BASE], BASE, on_video);

  for (guint i = 0; i < members->len; i++)
    {
      Member *member = g_ptr_array_index (members, i);

      member->take = decide (nodes_equal (member->node[MINE], member->node[THEIRS]),
                             nodes_equal (member->node[BASE], member->node[MINE]),
                             nodes_equal (member->node[BASE], member->node[THEIRS]));
      if (member->take == TAKE_CONFLICT)
        member->conflict = add_conflict (self, e, PODIUM_MERGE_BOTH_CHANGED,
                                         g_strconcat (prefix, "extra:", member->name, NULL),
                                         member_label (member->name),
                                         node_text (member->node[MINE]),
                                         node_text (member->node[THEIRS]));
    }
  return members;
}

static JsonObject *
build_extra (GPtrArray *members,
             gboolean   on_video)
{
  JsonObject *extra = NULL;

  for (guint i = 0; members && i < members->len; i++)
    {
      Member *member = g_ptr_array_index (members, i);
      int side = member->take == TAKE_CONFLICT ? choice_side (member->conflict) : member->take;
      JsonNode *node = member->node[side];

      if (member->on_video != on_video || node == NULL)
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, member->name, json_node_copy (node));
    }
  return extra;
}

/* Lists */

typedef gboolean (*PresentFunc) (gpointer item);

/* The items of @list that are in all three lists, in its order */
static GPtrArray *
common_items (GPtrArray *list)
{
  GPtrArray *common = g_ptr_array_new ();

  for (guint i = 0; i < list->len; i++)
    {
      Item *item = g_ptr_array_index (list, i);

      if (item->obj[BASE] && item->obj[MINE] && item->obj[THEIRS])
        g_ptr_array_add (common, item);
    }
  return common;
}

static gboolean
same_items (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  return a->len == 0 || memcmp (a->pdata, b->pdata, a->len * sizeof (gpointer)) == 0;
}

/* Whether both sides reordered what all three lists hold, each in its own way */
static gboolean
both_reordered (GPtrArray *const lists[N_SIDES])
{
  g_autoptr(GPtrArray) base = common_items (lists[BASE]);
  g_autoptr(GPtrArray) mine = common_items (lists[MINE]);
  g_autoptr(GPtrArray) theirs = common_items (lists[THEIRS]);

  return !same_items (base, mine) && !same_items (base, theirs) && !same_items (mine, theirs);
}

/* Merges three orders of the same items. The order of one side is the skeleton — mine's,
 * unless only theirs reordered the items all three hold, or mine changed nothing, or
 * @prefer says so when both reordered — without what is not @present; the other side's
 * insertions go in after the item they follow there (after the skeleton's own
 * insertions at that place), or first if they follow nothing. */
static GPtrArray *
merge_order (GPtrArray *const lists[N_SIDES],
             PresentFunc      present,
             int              prefer)
{
  g_autoptr(GHashTable) in_skeleton = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) after = g_hash_table_new_full (NULL, NULL, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) first = g_ptr_array_new ();
  GPtrArray *result = g_ptr_array_new ();
  GPtrArray *pending;
  gpointer anchor = NULL;
  int skeleton, other;

  if (same_items (lists[BASE], lists[MINE]))
    skeleton = THEIRS;
  else
    {
      g_autoptr(GPtrArray) base = common_items (lists[BASE]);
      g_autoptr(GPtrArray) mine = common_items (lists[MINE]);
      g_autoptr(GPtrArray) theirs = common_items (lists[THEIRS]);

      if (same_items (base, mine) && !same_items (base, theirs))
        skeleton = THEIRS;
      else if (!same_items (base, mine) && !same_items (base, theirs) && !same_items (mine, theirs))
        skeleton = prefer;
      else
        skeleton = MINE;
    }
  other = skeleton == MINE ? THEIRS : MINE;

  for (guint i = 0; i < lists[skeleton]->len; i++)
    if (present (g_ptr_array_index (lists[skeleton], i)))
      g_hash_table_add (in_skeleton, g_ptr_array_index (lists[skeleton], i));

  for (guint i = 0; i < lists[other]->len; i++)
    {
      gpointer item = g_ptr_array_index (lists[other], i);
      GPtrArray *group;

      if (g_hash_table_contains (in_skeleton, item))
        {
          anchor = item;
          continue;
        }
      if (!present (item))
        continue;

      group = anchor ? g_hash_table_lookup (after, anchor) : first;
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (after, anchor, group);
        }
      g_ptr_array_add (group, item);
    }

  pending = first;
  for (guint i = 0; i < lists[skeleton]->len; i++)
    {
      Item *item = g_ptr_array_index (lists[skeleton], i);
      gboolean is_anchor = item->obj[BASE] != NULL || item->obj[other] != NULL;

      if (!present (item))
        continue;
      if (is_anchor && pending)
        {
          g_ptr_array_extend (result, pending, NULL, NULL);
          pending = NULL;
        }
      g_ptr_array_add (result, item);
      if (is_anchor)
        pending = g_hash_table_lookup (after, item);
    }
  if (pending)
    g_ptr_array_extend (result, pending, NULL, NULL);

  return result;
}

/* Entities */

static gboolean
entity_present (gpointer item)
{
  Entity *e = item;

  if (e->existence)
    return e->obj[choice_side (e->existence)] != NULL;
  return e->present;
}

static gboolean
role_present (gpointer item)
{
  RoleItem *role = item;

  if (role->slot)
    return role->obj[choice_side (role->slot)] != NULL;
  return role->present;
}

static void
role_item_free (RoleItem *item)
{
  g_free (item->key);
  g_clear_pointer (&item->members, g_ptr_array_unref);
  g_free (item);
}

static void
entity_free (Entity *e)
{
  g_free (e->result_id);
  g_free (e->take);
  g_free (e->conflicts);
  g_clear_pointer (&e->members, g_ptr_array_unref);
  for (int s = 0; s < N_SIDES; s++)
    g_clear_pointer (&e->role_order[s], g_ptr_array_unref);
  g_clear_pointer (&e->roles, g_ptr_array_unref);
  g_free (e);
}

static gboolean
same_holder (PodiumMerge *self,
             int          side,
             gpointer     base_holder,
             gpointer     holder)
{
  if (base_holder && removed_by (self, side, base_holder))
    base_holder = NULL;
  return g_strcmp0 (ref_id (self, BASE, base_holder), ref_id (self, side, holder)) == 0;
}

/* The role of base that @role of @side is, once @side's removals took a holder off it */
static RoleItem *
cascade_match (PodiumMerge *self,
               Entity      *e,
               int          side,
               PodiumRole  *role)
{
  for (guint i = 0; i < e->role_order[BASE]->len; i++)
    {
      RoleItem *item = g_ptr_array_index (e->role_order[BASE], i);
      PodiumRole *base = PODIUM_ROLE (item->obj[BASE]);

      if (item->obj[side] == NULL && role_cascade (self, side, PODIUM_OBJECT (base)) &&
          podium_role_get_role (base) == podium_role_get_role (role) &&
          same_holder (self, side, podium_role_get_person (base), podium_role_get_person (role)) &&
          same_holder (self, side, podium_role_get_organization (base), podium_role_get_organization (role)))
        return item;
    }
  return NULL;
}

/* The moderators of @side's session, "Sabine Wosche (ThAFF), ZEFAS" */
static char *
moderators_text (Entity *e,
                 int     side)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < e->role_order[side]->len; i++)
    {
      RoleItem *item = g_ptr_array_index (e->role_order[side], i);
      g_autofree char *holder = NULL;

      if (podium_role_get_role (PODIUM_ROLE (item->obj[side])) != PODIUM_ROLE_MODERATOR)
        continue;
      holder = podium_labels_role_holder (PODIUM_ROLE (item->obj[side]));
      g_string_append_printf (text, "%s%s", text->len ? ", " : "", holder);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A session has one moderator's seat: when both sides put different people in it, the
 * list merge would keep both. Where the result would hold more moderators than either
 * side has, it is one conflict, and the chosen side's moderators are the result's. */
static void
merge_moderator (PodiumMerge *self,
                 Entity      *e)
{
  guint n[N_SIDES] = { 0 };
  guint n_result = 0;
  gboolean same = TRUE;
  PodiumMergeConflict *conflict;

  for (guint i = 0; i < e->roles->len; i++)
    {
      RoleItem *item = g_ptr_array_index (e->roles, i);
      PodiumObject *any = item->obj[BASE] ? item->obj[BASE] : item->obj[MINE] ? item->obj[MINE] : item->obj[THEIRS];

      if (podium_role_get_role (PODIUM_ROLE (any)) != PODIUM_ROLE_MODERATOR)
        continue;
      for (int s = 0; s < N_SIDES; s++)
        n[s] += item->obj[s] != NULL;
      n_result += item->present;
      same &= (item->obj[MINE] != NULL) == (item->obj[THEIRS] != NULL);
    }
  if (same || n_result <= MAX (n[MINE], n[THEIRS]))
    return;

  conflict = add_conflict (self, e, PODIUM_MERGE_BOTH_CHANGED, g_strdup ("moderator"),
                           g_strdup (podium_labels_role (PODIUM_ROLE_MODERATOR)),
                           moderators_text (e, MINE), moderators_text (e, THEIRS));
  for (guint i = 0; i < e->roles->len; i++)
    {
      RoleItem *item = g_ptr_array_index (e->roles, i);
      PodiumObject *any = item->obj[BASE] ? item->obj[BASE] : item->obj[MINE] ? item->obj[MINE] : item->obj[THEIRS];

      if (podium_role_get_role (PODIUM_ROLE (any)) == PODIUM_ROLE_MODERATOR)
        item->slot = conflict;
    }
}

/* Matches the roles of a session on all three sides and merges them as a list */
static void
merge_roles (PodiumMerge *self,
             Entity      *e)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);

  e->roles = g_ptr_array_new_with_free_func ((GDestroyNotify) role_item_free);
  for (int s = 0; s < N_SIDES; s++)
    {
      GListModel *roles = podium_session_get_roles (PODIUM_SESSION (e->obj[s]));
      guint n = g_list_model_get_n_items (roles);

      e->role_order[s] = g_ptr_array_new ();
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);
          g_autofree char *key = NULL;
          RoleItem *item;

          for (guint k = 0; ; k++)
            {
              g_free (key);
              key = role_key (self, s, role, k);
              item = g_hash_table_lookup (by_key, key);
              if (item == NULL || item->obj[s] == NULL)
                break;
            }
          if (item == NULL && s != BASE)
            item = cascade_match (self, e, s, role);
          if (item == NULL)
            {
              item = g_new0 (RoleItem, 1);
              item->key = g_steal_pointer (&key);
              g_hash_table_insert (by_key, item->key, item);
              g_ptr_array_add (e->roles, item);
            }
          item->obj[s] = PODIUM_OBJECT (role);
          g_ptr_array_add (e->role_order[s], item);
        }
    }

  for (guint i = 0; i < e->roles->len; i++)
    {
      RoleItem *item = g_ptr_array_index (e->roles, i);
      JsonObject *extras[N_SIDES] = { NULL };

      /* A role either side removed is gone, unless it only went with its holder; one
       * either side added is there */
      if (item->obj[BASE])
        item->present = (item->obj[MINE] || role_cascade (self, MINE, item->obj[BASE])) &&
                        (item->obj[THEIRS] || role_cascade (self, THEIRS, item->obj[BASE]));
      else
        item->present = TRUE;
      for (int s = 0; s < N_SIDES; s++)
        if (item->obj[s])
          extras[s] = podium_object_get_extra (item->obj[s]);
      if (item->present && ((item->obj[BASE] && item->obj[MINE] && item->obj[THEIRS]) ||
                            (!item->obj[BASE] && item->obj[MINE] && item->obj[THEIRS])))
        {
          if (!item->obj[BASE])
            extras[BASE] = extras[MINE];  /* both added it: the same change on both sides */
          item->members = merge_members (self, e, extras, "roles.", FALSE);
        }
    }

  merge_moderator (self, e);
  if (both_reordered (e->role_order))
    e->role_order_conflict =
      add_conflict (self, e, PODIUM_MERGE_BOTH_CHANGED, g_strdup ("roles"),
                    g_strdup (podium_merge_property_label (PODIUM_TYPE_SESSION, "roles")),
                    podium_labels_session_roles (PODIUM_SESSION (e->obj[MINE])),
                    podium_labels_session_roles (PODIUM_SESSION (e->obj[THEIRS])));
}

static PodiumMergeConflict *
field_conflict (PodiumMerge *self,
                Entity      *e,
                const Field *field)
{
  PodiumObject *mine = e->obj[MINE];
  PodiumObject *theirs = e->obj[THEIRS];

  if (e->type == PODIUM_TYPE_SESSION && g_str_equal (field->name, "place"))
    {
      PodiumSession *a = PODIUM_SESSION (mine), *b = PODIUM_SESSION (theirs);
      gint64 sa = podium_session_get_start (a), sb = podium_session_get_start (b);
      gboolean time = sa != sb;
      gboolean room = g_strcmp0 (ref_id (self, MINE, podium_session_get_room (a)),
                                 ref_id (self, THEIRS, podium_session_get_room (b))) != 0 ||
                      podium_session_get_all_rooms (a) != podium_session_get_all_rooms (b);
      gboolean date = time && sa != PODIUM_TIME_NONE && sb != PODIUM_TIME_NONE &&
                      podium_time_get_date (sa) != podium_time_get_date (sb);
      const char *label = time && room ? _("Time and room") : time ? _("Start") : _("Room");

      return add_conflict (self, e, PODIUM_MERGE_BOTH_CHANGED, g_strdup (field->name),
                           g_strdup (label),
                           place_text (a, date, time, room), place_text (b, date, time, room));
    }

  if (e->type == PODIUM_TYPE_CONFERENCE && g_str_equal (field->name, "dates"))
    return add_conflict (self, e, PODIUM_MERGE_BOTH_CHANGED, g_strdup (field->name),
                         g_strdup (podium_merge_property_label (e->type, field->name)),
                         podium_labels_conference_dates (PODIUM_CONFERENCE (mine)),
                         podium_labels_conference_dates (PODIUM_CONFERENCE (theirs)));

  return add_conflict (self, e, PODIUM_MERGE_BOTH_CHANGED, g_strdup (field->name),
                       g_strdup (podium_merge_property_label (e->type, field->name)),
                       value_text (field->pspecs[0], field->on_video, field_value (field, mine, 0)),
                       value_text (field->pspecs[0], field->on_video, field_value (field, theirs, 0)));
}

/* Some values are not edits, and never conflict: the time the plan last changed (the
 * later one counts) and a video's length read from its file (read again on open) */
static guint8
decide_fact (Entity      *e,
             const Field *field)
{
  if (e->type == PODIUM_TYPE_CONFERENCE &&
      (g_str_equal (field->name, "updated") || g_str_equal (field->name, "updated-by")))
    return g_strcmp0 (g_value_get_string (field_value (field, e->obj[MINE], 0)),
                      g_value_get_string (field_value (field, e->obj[THEIRS], 0))) >= 0 ? MINE : THEIRS;
  if (field->on_video && g_str_equal (field->pspecs[0]->name, "duration"))
    return MINE;
  return TAKE_CONFLICT;
}

/* Merges an object all three documents hold, field by field */
static void
merge_entity (PodiumMerge *self,
              Entity      *e)
{
  const FieldTable *table = fields_for_type (e->type);
  JsonObject *extras[N_SIDES];

  e->whole = -1;
  e->present = TRUE;
  e->take = g_new0 (guint8, table->n_fields);
  for (guint i = 0; i < table->n_fields; i++)
    {
      const Field *field = &table->fields[i];

      gboolean same = field_equal (self, field, MINE, e->obj[MINE], THEIRS, e->obj[THEIRS]);
      gboolean mine_kept = field_kept (self, field, MINE, e->obj[BASE], e->obj[MINE]);
      gboolean theirs_kept = field_kept (self, field, THEIRS, e->obj[BASE], e->obj[THEIRS]);

      /* Where a side only cleared a reference by removing its target, base's value is
       * taken: the result clears it if the target stays removed, and keeps it if not */
      if (mine_kept && theirs_kept)
        e->take[i] = same ? MINE : BASE;
      else
        e->take[i] = decide (same, mine_kept, theirs_kept);
      if (e->take[i] == TAKE_CONFLICT)
        e->take[i] = decide_fact (e, field);
      if (e->take[i] == TAKE_CONFLICT)
        {
          if (e->conflicts == NULL)
            e->conflicts = g_new0 (PodiumMergeConflict *, table->n_fields);
          e->conflicts[i] = field_conflict (self, e, field);
        }
    }

  for (int s = 0; s < N_SIDES; s++)
    extras[s] = podium_object_get_extra (e->obj[s]);
  e->members = merge_members (self, e, extras, "", FALSE);

  if (e->type == PODIUM_TYPE_SESSION)
    {
      g_autoptr(GPtrArray) video = NULL;

      for (int s = 0; s < N_SIDES; s++)
        extras[s] = object_extra (e->obj[s], TRUE);
      video = merge_members (self, e, extras, "video.", TRUE);
      g_ptr_array_extend_and_steal (e->members, g_steal_pointer (&video));
      merge_roles (self, e);
    }
}

/* An object one side removed: gone, unless the other side changed it */
static void
merge_removed (PodiumMerge *self,
               Entity      *e,
               int          kept)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  char *changed;
  char *removed;

  e->whole = kept;
  e->present = FALSE;
  if (differences (self, e->type, BASE, e->obj[BASE], kept, e->obj[kept], labels, &text) == 0)
    return;

  g_ptr_array_add (labels, NULL);
  changed = text ? g_steal_pointer (&text) : g_strdup (_("changed"));
  removed = g_strdup (_("removed"));
  e->existence = add_conflict (self, e,
                               kept == MINE ? PODIUM_MERGE_REMOVED_THEIRS : PODIUM_MERGE_REMOVED_MINE,
                               NULL, g_strjoinv (", ", (char **) labels->pdata),
                               kept == MINE ? changed : removed,
                               kept == MINE ? removed : changed);
}

static Entity *
entity_new (Collection *c,
            GType       type,
            guint       rank)
{
  Entity *e = g_new0 (Entity, 1);

  e->type = type;
  e->rank = rank;
  e->whole = -1;
  if (c)
    {
      e->position = c->entities->len;
      g_ptr_array_add (c->entities, e);
    }
  return e;
}

static char *
entity_key (PodiumObject *object)
{
  if (PODIUM_IS_ACKNOWLEDGEMENT (object))
    return g_strdup_printf ("%s\x1f%s", podium_acknowledgement_get_rule (PODIUM_ACKNOWLEDGEMENT (object)),
                            podium_acknowledgement_get_key (PODIUM_ACKNOWLEDGEMENT (object)));
  return g_strdup (podium_object_get_id (object));
}

/* An id for theirs' @id that no document uses */
static char *
fresh_id (PodiumMerge *self,
          Collection  *c,
          const char  *id)
{
  for (guint n = 2; ; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s-%u", id, n);
      gboolean taken = FALSE;

      for (int s = 0; s < N_SIDES && !taken; s++)
        taken = g_hash_table_contains (c->by_id[s], candidate);
      if (!taken && !g_hash_table_contains (c->renamed, candidate))
        return g_steal_pointer (&candidate);
    }
}

static void
match_collection (PodiumMerge *self,
                  Collection  *c,
                  GListModel  *const models[N_SIDES])
{
  g_autoptr(GPtrArray) collided = g_ptr_array_new ();

  /* Base first, so that objects keep their place in the list of conflicts */
  for (int s = BASE; s < N_SIDES; s++)
    {
      guint n = g_list_model_get_n_items (models[s]);

      c->order[s] = g_ptr_array_sized_new (n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PodiumObject) object = g_list_model_get_item (models[s], i);
          g_autofree char *first_key = entity_key (object);
          g_autofree char *key = g_strdup (first_key);
          Entity *e = NULL;

          /* Acknowledgements may repeat: the second of a key matches the second */
          for (guint dup = 2; g_hash_table_contains (c->by_id[s], key); dup++)
            {
              g_free (key);
              key = g_strdup_printf ("%s\x1f%u", first_key, dup);
            }
          for (int o = BASE; o < s && e == NULL; o++)
            if ((e = g_hash_table_lookup (c->by_id[o], key)) && e->obj[s] != NULL)
              e = NULL;

          /* Both added an object under one id: the same object if they are equal,
           * else two, and theirs gets a new id. Both accepting one problem is one
           * acknowledgement (mine's note, if the notes differ). */
          if (e && s == THEIRS && e->obj[BASE] == NULL && c->type != PODIUM_TYPE_ACKNOWLEDGEMENT &&
              differences (self, c->type, MINE, e->obj[MINE], THEIRS, object, NULL, NULL) > 0)
            {
              e = entity_new (c, c->type, c->rank);
              g_ptr_array_add (collided, e);
            }
          if (e == NULL)
            e = entity_new (c, c->type, c->rank);

          e->obj[s] = object;
          g_hash_table_insert (c->by_id[s], g_steal_pointer (&key), e);
          g_ptr_array_add (c->order[s], e);
        }
    }

  /* Once every id of every side is known, so that a new id is nobody's */
  for (guint i = 0; i < collided->len; i++)
    {
      Entity *e = g_ptr_array_index (collided, i);
      const char *id = podium_object_get_id (e->obj[THEIRS]);

      e->result_id = fresh_id (self, c, id);
      g_hash_table_insert (c->renamed, g_strdup (id), g_strdup (e->result_id));
    }
}

static char *
room_names (GPtrArray *order,
            int        side)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < order->len; i++)
    {
      Entity *e = g_ptr_array_index (order, i);
      g_string_append_printf (str, "%s%s", i ? ", " : "", podium_room_get_name (PODIUM_ROOM (e->obj[side])));
    }
  return shorten (g_string_free (str, FALSE));
}

static void
merge_collection (PodiumMerge *self,
                  Collection  *c)
{
  for (guint i = 0; i < c->entities->len; i++)
    {
      Entity *e = g_ptr_array_index (c->entities, i);
      gboolean b = e->obj[BASE] != NULL, m = e->obj[MINE] != NULL, t = e->obj[THEIRS] != NULL;

      if (b && m && t)
        merge_entity (self, e);
      else if (!b)
        {
          e->whole = m ? MINE : THEIRS;   /* added; by both alike, if both hold it */
          e->present = TRUE;
        }
      else if (m || t)
        merge_removed (self, e, m ? MINE : THEIRS);
      else
        e->present = FALSE;
    }

  if (c->type == PODIUM_TYPE_ROOM && both_reordered (c->order))
    c->order_conflict = add_conflict (self, self->plan, PODIUM_MERGE_BOTH_CHANGED,
                                      g_strdup ("room-order"),
                                      g_strdup (podium_merge_property_label (PODIUM_TYPE_DOCUMENT, "room-order")),
                                      room_names (c->order[MINE], MINE),
                                      room_names (c->order[THEIRS], THEIRS));
}

/* References to objects the other side removed */

static Entity *
referenced_entity (PodiumMerge *self,
                   int          side,
                   gpointer     object)
{
  Collection *c;

  if (object == NULL || !(c = collection_for_type (self, G_OBJECT_TYPE (object))))
    return NULL;
  return g_hash_table_lookup (c->by_id[side], podium_object_get_id (object));
}

/* @user, of @side, refers to @object: if the other side removed it and nobody decided
 * about it yet, that is a use of something removed, and the user decides. Returns
 * whether a conflict was added. */
static gboolean
check_use (PodiumMerge *self,
           Entity      *user,
           int          side,
           gpointer     object)
{
  Entity *target = referenced_entity (self, side, object);
  g_autofree char *name = NULL;
  char *used;
  char *removed;

  if (target == NULL || entity_present (target) || target->existence != NULL ||
      target->obj[side] == NULL || target->obj[BASE] == NULL)
    return FALSE;

  name = entity_name (user);
  /* TRANSLATORS: an object one side removed and the other still uses; %s names the user */
  used = g_strdup_printf (_("used by “%s”"), name);
  removed = g_strdup (_("removed"));
  target->whole = side;
  target->existence = add_conflict (self, target,
                                    side == MINE ? PODIUM_MERGE_REMOVED_THEIRS : PODIUM_MERGE_REMOVED_MINE,
                                    NULL, g_strdup (_("In use")),
                                    side == MINE ? used : removed,
                                    side == MINE ? removed : used);
  return TRUE;
}

static gboolean
check_value_uses (PodiumMerge  *self,
                  Entity       *user,
                  int           side,
                  GParamSpec   *pspec,
                  const GValue *value)
{
  gboolean added = FALSE;

  if (G_IS_PARAM_SPEC_OBJECT (pspec))
    return check_use (self, user, side, g_value_get_object (value));

  if (pspec->value_type == G_TYPE_PTR_ARRAY && !g_str_equal (pspec->name, "availability"))
    {
      GPtrArray *objects = g_value_get_boxed (value);

      for (guint i = 0; objects && i < objects->len; i++)
        added |= check_use (self, user, side, g_ptr_array_index (objects, i));
    }
  return added;
}

static gboolean
check_role_uses (PodiumMerge *self,
                 Entity      *user,
                 int          side,
                 PodiumObject *role)
{
  gboolean added = check_use (self, user, side, podium_role_get_person (PODIUM_ROLE (role)));

  return check_use (self, user, side, podium_role_get_organization (PODIUM_ROLE (role))) || added;
}

/* Every reference @side made that can end up in the result, checked for uses: values it
 * changed, roles it added, everything of an object it added */
static gboolean
check_entity_uses (PodiumMerge *self,
                   Entity      *e,
                   int          side)
{
  const FieldTable *table = fields_for_type (e->type);
  gboolean added = FALSE;

  if (e->obj[side] == NULL || (e->whole >= 0 && e->whole != side) || !entity_present (e))
    return FALSE;

  for (guint i = 0; i < table->n_fields; i++)
    {
      const Field *field = &table->fields[i];

      if (e->whole < 0 && e->take[i] != side && e->take[i] != TAKE_CONFLICT)
        continue;
      if (e->whole >= 0 && e->obj[BASE] && field_kept (self, field, side, e->obj[BASE], e->obj[side]))
        continue;
      for (guint k = 0; k < field->n_pspecs; k++)
        added |= check_value_uses (self, e, side, field->pspecs[k], field_value (field, e->obj[side], k));
    }

  if (e->type == PODIUM_TYPE_SESSION && e->whole >= 0 && e->obj[BASE] == NULL)
    {
      GListModel *roles = podium_session_get_roles (PODIUM_SESSION (e->obj[side]));

      for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
        {
          g_autoptr(PodiumObject) role = g_list_model_get_item (roles, i);
          added |= check_role_uses (self, e, side, role);
        }
    }
  else if (e->type == PODIUM_TYPE_SESSION && e->whole < 0)
    for (guint i = 0; i < e->roles->len; i++)
      {
        RoleItem *item = g_ptr_array_index (e->roles, i);

        if (item->present && item->obj[side] && item->obj[BASE] == NULL)
          added |= check_role_uses (self, e, side, item->obj[side]);
      }

  return added;
}

static void
check_uses (PodiumMerge *self)
{
  gboolean added;

  /* An object kept for its use may itself use something removed: repeat until none */
  do
    {
      added = FALSE;
      for (int side = MINE; side <= THEIRS; side++)
        {
          added |= check_entity_uses (self, self->conference, side);
          for (guint c = 0; c < N_COLLECTIONS; c++)
            for (guint i = 0; i < self->collections[c].entities->len; i++)
              added |= check_entity_uses (self, g_ptr_array_index (self->collections[c].entities, i), side);
        }
    }
  while (added);
}

/* Building the result */

/* @value of @side as it goes into @result: references become the result's objects,
 * and a reference to an object not there is cleared, as removing it would */
static void
convert_value (PodiumMerge    *self,
               PodiumDocument *result,
               int             side,
               GParamSpec     *pspec,
               const GValue   *value,
               GValue         *out)
{
  g_value_init (out, pspec->value_type);

  if (G_IS_PARAM_SPEC_OBJECT (pspec))
    {
      gpointer object = g_value_get_object (value);

      if (object)
        g_value_set_object (out, podium_document_lookup (result, G_OBJECT_TYPE (object),
                                                         ref_id (self, side, object)));
    }
  else if (pspec->value_type == G_TYPE_PTR_ARRAY && !g_str_equal (pspec->name, "availability"))
    {
      GPtrArray *objects = g_value_get_boxed (value);
      g_autoptr(GPtrArray) converted = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; objects && i < objects->len; i++)
        {
          gpointer object = g_ptr_array_index (objects, i);
          gpointer found = podium_document_lookup (result, G_OBJECT_TYPE (object), ref_id (self, side, object));

          if (found)
            g_ptr_array_add (converted, g_object_ref (found));
        }
      if (objects)
        g_value_set_boxed (out, converted);
    }
  else
    g_value_copy (value, out);
}

static void
set_field (PodiumMerge    *self,
           PodiumDocument *result,
           PodiumObject   *target,
           const Field    *field,
           int             side,
           PodiumObject   *source)
{
  PodiumObject *object = field_object (field, target);

  for (guint k = 0; k < field->n_pspecs; k++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      convert_value (self, result, side, field->pspecs[k], field_value (field, source, k), &value);
      g_object_set_property (G_OBJECT (object), field->pspecs[k]->name, &value);
    }
}

static void
add_role (PodiumMerge   *self,
          PodiumDocument *result,
          PodiumSession *session,
          int            side,
          PodiumRole    *source,
          JsonObject    *extra)
{
  g_autoptr(PodiumRole) role = NULL;
  gpointer person = podium_role_get_person (source);
  gpointer organization = podium_role_get_organization (source);

  if (person)
    person = podium_document_lookup (result, PODIUM_TYPE_PERSON, ref_id (self, side, person));
  if (organization)
    organization = podium_document_lookup (result, PODIUM_TYPE_ORGANIZATION, ref_id (self, side, organization));
  /* A role whose holders are all gone goes with them */
  if (person == NULL && organization == NULL)
    return;

  role = g_object_new (PODIUM_TYPE_ROLE,
                       "role", podium_role_get_role (source),
                       "person", person,
                       "organization", organization,
                       NULL);
  podium_object_set_extra (PODIUM_OBJECT (role), extra);
  g_list_store_append (G_LIST_STORE (podium_session_get_roles (session)), role);
}

static void
build_roles (PodiumMerge    *self,
             PodiumDocument *result,
             Entity         *e,
             PodiumSession  *session)
{
  g_autoptr(GPtrArray) order = NULL;

  if (e->whole >= 0)
    {
      GListModel *roles = podium_session_get_roles (PODIUM_SESSION (e->obj[e->whole]));

      for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
        {
          g_autoptr(PodiumRole) role = g_list_model_get_item (roles, i);
          add_role (self, result, session, e->whole, role,
                    podium_object_get_extra (PODIUM_OBJECT (role)));
        }
      return;
    }

  order = merge_order (e->role_order, role_present,
                       e->role_order_conflict ? choice_side (e->role_order_conflict) : MINE);
  for (guint i = 0; i < order->len; i++)
    {
      RoleItem *item = g_ptr_array_index (order, i);
      /* Base's role where it has one: a side's may have lost a holder to a removal the
       * result undoes; the result clears what stays removed */
      int side = item->obj[BASE] ? BASE : item->obj[MINE] ? MINE : THEIRS;
      g_autoptr(JsonObject) extra = NULL;

      if (item->members)
        extra = build_extra (item->members, FALSE);
      else if (podium_object_get_extra (item->obj[side]))
        extra = json_object_ref (podium_object_get_extra (item->obj[side]));
      add_role (self, result, session, side, PODIUM_ROLE (item->obj[side]), extra);
    }
}

/* Gives @target the merged values of @e */
static void
build_values (PodiumMerge    *self,
              PodiumDocument *result,
              Entity         *e,
              PodiumObject   *target)
{
  const FieldTable *table = fields_for_type (e->type);
  int whole = e->whole;

  if (whole < 0 && e->existence)
    whole = choice_side (e->existence);

  for (guint i = 0; i < table->n_fields; i++)
    {
      int side = whole;

      if (side < 0)
        side = e->take[i] == TAKE_CONFLICT ? choice_side (e->conflicts[i]) : e->take[i];
      set_field (self, result, target, &table->fields[i], side, e->obj[side]);
    }

  if (whole >= 0)
    {
      podium_object_set_extra (target, podium_object_get_extra (e->obj[whole]));
      if (e->type == PODIUM_TYPE_SESSION)
        podium_object_set_extra (PODIUM_OBJECT (podium_session_get_video (PODIUM_SESSION (target))),
                                 object_extra (e->obj[whole], TRUE));
    }
  else
    {
      g_autoptr(JsonObject) extra = build_extra (e->members, FALSE);

      podium_object_set_extra (target, extra);
      if (e->type == PODIUM_TYPE_SESSION)
        {
          g_autoptr(JsonObject) video = build_extra (e->members, TRUE);
          podium_object_set_extra (PODIUM_OBJECT (podium_session_get_video (PODIUM_SESSION (target))), video);
        }
    }

  if (e->type == PODIUM_TYPE_SESSION)
    {
      Entity copy = *e;

      copy.whole = whole;
      build_roles (self, result, &copy, PODIUM_SESSION (target));
    }
}

/* Versions
 *
 * A published version is a record, not something two people edit at once: the merge
 * keeps every version either side published and every approval either side recorded,
 * drops what one side removed and the other left alone, and takes a changed name, note
 * or approval from the side that changed it (mine if both did). It reports no conflicts.
 */

static PodiumVersion *
find_version_by_id (PodiumDocument *document,
                    const char     *id)
{
  return podium_document_lookup (document, PODIUM_TYPE_VERSION, id);
}

/* Whether @side's value of @property differs from @base's, so @side changed it */
static gboolean
changed_from (gpointer    side,
              gpointer    base,
              const char *property)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (base == NULL)
    return TRUE;
  g_object_get (side, property, &a, NULL);
  g_object_get (base, property, &b, NULL);
  return g_strcmp0 (a, b) != 0;
}

static gboolean
approvals_equal (PodiumApproval *a,
                 PodiumApproval *b)
{
  return g_strcmp0 (podium_approval_get_by (a), podium_approval_get_by (b)) == 0 &&
         podium_approval_get_date (a) == podium_approval_get_date (b) &&
         g_strcmp0 (podium_approval_get_note (a), podium_approval_get_note (b)) == 0;
}

static PodiumApproval *
approval_of (PodiumVersion *version,
             const char    *organization_id)
{
  GListModel *approvals;

  if (version == NULL)
    return NULL;
  approvals = podium_version_get_approvals (version);
  for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
    {
      g_autoptr(PodiumApproval) approval = g_list_model_get_item (approvals, i);
      PodiumOrganization *organization = podium_approval_get_organization (approval);

      if (organization && g_strcmp0 (podium_object_get_id (PODIUM_OBJECT (organization)), organization_id) == 0)
        return approval;   /* the version holds it */
    }
  return NULL;
}

static void
add_merged_approval (PodiumMerge    *self,
                     PodiumDocument *result,
                     PodiumVersion  *target,
                     PodiumApproval *approval,
                     int             side)
{
  PodiumOrganization *organization;
  g_autoptr(PodiumApproval) copy = NULL;

  organization = podium_document_lookup (result, PODIUM_TYPE_ORGANIZATION,
                                         ref_id (self, side, podium_approval_get_organization (approval)));
  if (organization == NULL || podium_version_lookup_approval (target, organization) != NULL)
    return;   /* the organisation is gone from the result, or approved already */

  copy = g_object_new (PODIUM_TYPE_APPROVAL,
                       "organization", organization,
                       "by", podium_approval_get_by (approval),
                       "date", podium_approval_get_date (approval),
                       "note", podium_approval_get_note (approval),
                       NULL);
  podium_object_set_extra (PODIUM_OBJECT (copy), podium_object_get_extra (PODIUM_OBJECT (approval)));
  g_list_store_append (G_LIST_STORE (podium_version_get_approvals (target)), copy);
}

/* The approvals of one version, three ways: @v holds the version of each side or NULL */
static void
merge_approvals (PodiumMerge    *self,
                 PodiumDocument *result,
                 PodiumVersion  *target,
                 PodiumVersion  *v[N_SIDES])
{
  for (int side = MINE; side <= THEIRS; side++)
    {
      GListModel *approvals;
      int other = side == MINE ? THEIRS : MINE;

      if (v[side] == NULL)
        continue;
      approvals = podium_version_get_approvals (v[side]);
      for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
        {
          g_autoptr(PodiumApproval) approval = g_list_model_get_item (approvals, i);
          PodiumOrganization *organization = podium_approval_get_organization (approval);
          const char *id = organization ? podium_object_get_id (PODIUM_OBJECT (organization)) : NULL;
          PodiumApproval *base = approval_of (v[BASE], id);
          PodiumApproval *there = approval_of (v[other], id);

          if (id == NULL)
            continue;
          /* removed on the other side, and this side left it as it was */
          if (there == NULL && base != NULL && v[other] != NULL)
            continue;
          /* both have it: theirs only if mine did not change it */
          if (there != NULL && side == MINE && base != NULL && approvals_equal (approval, base) &&
              !approvals_equal (there, base))
            continue;
          add_merged_approval (self, result, target, approval, side);
        }
    }
}

static void
merge_versions (PodiumMerge    *self,
                PodiumDocument *result)
{
  static const char * const texts[] = { "name", "note", "publisher" };

  for (int side = MINE; side <= THEIRS; side++)
    {
      GListModel *versions = podium_document_get_versions (self->doc[side]);

      for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
        {
          g_autoptr(PodiumVersion) version = g_list_model_get_item (versions, i);
          g_autoptr(PodiumVersion) target = NULL;
          const char *id = podium_object_get_id (PODIUM_OBJECT (version));
          PodiumVersion *v[N_SIDES];
          PodiumVersion *taken;
          int other = side == MINE ? THEIRS : MINE;

          v[BASE] = find_version_by_id (self->doc[BASE], id);
          v[side] = version;
          v[other] = find_version_by_id (self->doc[other], id);
          /* a version both sides published under one id is one only if it is the same */
          if (v[BASE] == NULL && v[other] != NULL &&
              (podium_version_get_published (v[other]) != podium_version_get_published (version) ||
               g_strcmp0 (podium_version_get_name (v[other]), podium_version_get_name (version)) != 0))
            v[other] = NULL;

          if (side == THEIRS && v[MINE] != NULL)
            continue;   /* merged with mine */
          if (v[other] == NULL && v[BASE] != NULL)
            continue;   /* the other side removed it */

          taken = v[MINE] ? v[MINE] : version;
          target = g_object_new (PODIUM_TYPE_VERSION,
                                 "published", podium_version_get_published (taken),
                                 "programme", podium_version_get_programme (taken),
                                 NULL);
          for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
            {
              PodiumVersion *from = taken;
              g_autofree char *text = NULL;

              if (v[MINE] && v[THEIRS] && !changed_from (v[MINE], v[BASE], texts[k]))
                from = v[THEIRS];
              g_object_get (from, texts[k], &text, NULL);
              g_object_set (target, texts[k], text, NULL);
            }
          podium_object_set_extra (PODIUM_OBJECT (target), podium_object_get_extra (PODIUM_OBJECT (taken)));
          /* a clash of ids gets a fresh one from the result, as for other objects */
          if (podium_document_lookup (result, PODIUM_TYPE_VERSION, id) == NULL)
            podium_object_set_id (PODIUM_OBJECT (target), id);

          merge_approvals (self, result, target, v);
          podium_document_add (result, target);
        }
    }
}

/* GObject */

static void
podium_merge_dispose (GObject *object)
{
  PodiumMerge *self = PODIUM_MERGE (object);

  for (int s = 0; s < N_SIDES; s++)
    g_clear_object (&self->doc[s]);
  g_clear_object (&self->conflicts);

  G_OBJECT_CLASS (podium_merge_parent_class)->dispose (object);
}

static void
podium_merge_finalize (GObject *object)
{
  PodiumMerge *self = PODIUM_MERGE (object);

  for (guint i = 0; i < N_COLLECTIONS; i++)
    {
      Collection *c = &self->collections[i];

      for (int s = 0; s < N_SIDES; s++)
        {
          g_clear_pointer (&c->by_id[s], g_hash_table_unref);
          g_clear_pointer (&c->order[s], g_ptr_array_unref);
        }
      g_clear_pointer (&c->renamed, g_hash_table_unref);
      g_clear_pointer (&c->entities, g_ptr_array_unref);
    }
  g_clear_pointer (&self->conference, entity_free);
  g_clear_pointer (&self->plan, entity_free);

  G_OBJECT_CLASS (podium_merge_parent_class)->finalize (object);
}

static void
podium_merge_class_init (PodiumMergeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = podium_merge_dispose;
  object_class->finalize = podium_merge_finalize;
}

static void
podium_merge_init (PodiumMerge *self)
{
  static const struct { guint index; GType (*get_type) (void); } kinds[] = {
    { C_ORGANIZATIONS, podium_organization_get_type },
    { C_PEOPLE, podium_person_get_type },
    { C_ROOMS, podium_room_get_type },
    { C_SESSIONS, podium_session_get_type },
    { C_ACKNOWLEDGEMENTS, podium_acknowledgement_get_type },
    { C_PARTICIPANTS, podium_participant_get_type },
    { C_PARTICIPANT_COUNTS, podium_participant_count_get_type },
  };

  self->conflicts = g_list_store_new (PODIUM_TYPE_MERGE_CONFLICT);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      Collection *c = &self->collections[kinds[i].index];

      c->type = kinds[i].get_type ();
      c->rank = kinds[i].index + 1;   /* the conference comes first */
      c->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
      c->renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (int s = 0; s < N_SIDES; s++)
        c->by_id[s] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
}

/* Public API */

/**
 * podium_merge_new:
 * @base: the document both sides started from
 * @mine: the document as this Podium has it
 * @theirs: the document as someone else saved it
 *
 * Merges the changes of @mine and @theirs since @base. The merge keeps references to
 * the three documents and reads them again in podium_merge_get_result(); change none
 * of them in between.
 *
 * Returns: (transfer full): the merge, with its conflicts
 */
PodiumMerge *
podium_merge_new (PodiumDocument *base,
                  PodiumDocument *mine,
                  PodiumDocument *theirs)
{
  PodiumMerge *self;
  PodiumDocument *docs[N_SIDES] = { base, mine, theirs };
  JsonObject *extras[N_SIDES];

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (base), NULL);
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (mine), NULL);
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (theirs), NULL);

  self = g_object_new (PODIUM_TYPE_MERGE, NULL);
  for (int s = 0; s < N_SIDES; s++)
    self->doc[s] = g_object_ref (docs[s]);

  self->plan = entity_new (NULL, PODIUM_TYPE_DOCUMENT, N_COLLECTIONS + 1);
  self->conference = entity_new (NULL, PODIUM_TYPE_CONFERENCE, 0);
  for (int s = 0; s < N_SIDES; s++)
    self->conference->obj[s] = PODIUM_OBJECT (podium_document_get_conference (docs[s]));

  /* Matching first, in the order references point (people to organisations, sessions
   * to rooms and people), so that every renamed id is known before values compare */
  for (guint i = 0; i < N_COLLECTIONS; i++)
    {
      GListModel *models[N_SIDES];

      for (int s = 0; s < N_SIDES; s++)
        {
          switch (i)
            {
            case C_ORGANIZATIONS:    models[s] = podium_document_get_organizations (docs[s]); break;
            case C_PEOPLE:           models[s] = podium_document_get_people (docs[s]); break;
            case C_ROOMS:            models[s] = podium_document_get_rooms (docs[s]); break;
            case C_SESSIONS:         models[s] = podium_document_get_sessions (docs[s]); break;
            case C_ACKNOWLEDGEMENTS: models[s] = podium_document_get_acknowledgements (docs[s]); break;
            case C_PARTICIPANTS:     models[s] = podium_document_get_participants (docs[s]); break;
            case C_PARTICIPANT_COUNTS: models[s] = podium_document_get_participant_counts (docs[s]); break;
            default:                 g_assert_not_reached ();
            }
        }
      match_collection (self, &self->collections[i], models);
    }

  merge_entity (self, self->conference);
  for (guint i = 0; i < N_COLLECTIONS; i++)
    merge_collection (self, &self->collections[i]);

  for (int s = 0; s < N_SIDES; s++)
    extras[s] = podium_document_get_extra (docs[s]);
  self->plan->members = merge_members (self, self->plan, extras, "", FALSE);

  check_uses (self);

  g_list_store_sort (self->conflicts, compare_conflicts, NULL);
  return self;
}

GListModel *
podium_merge_get_conflicts (PodiumMerge *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE (self), NULL);

  return G_LIST_MODEL (self->conflicts);
}

PodiumDocument *
podium_merge_get_theirs (PodiumMerge *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE (self), NULL);

  return self->doc[THEIRS];
}

guint
podium_merge_get_n_conflicts (PodiumMerge *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));
}

void
podium_merge_choose_all (PodiumMerge     *self,
                         PodiumMergeSide  choice)
{
  guint n;

  g_return_if_fail (PODIUM_IS_MERGE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumMergeConflict) conflict = g_list_model_get_item (G_LIST_MODEL (self->conflicts), i);
      podium_merge_conflict_set_choice (conflict, choice);
    }
}

PodiumDocument *
podium_merge_get_result (PodiumMerge *self)
{
  PodiumDocument *result;
  PodiumConference *conference;
  g_autoptr(JsonObject) extra = NULL;

  g_return_val_if_fail (PODIUM_IS_MERGE (self), NULL);

  result = podium_document_new ();

  /* In the order references point, so that every reference finds its object */
  for (guint i = 0; i < N_COLLECTIONS; i++)
    {
      Collection *c = &self->collections[i];
      g_autoptr(GPtrArray) order = merge_order (c->order, entity_present,
                                                c->order_conflict ? choice_side (c->order_conflict) : MINE);

      for (guint k = 0; k < order->len; k++)
        {
          Entity *e = g_ptr_array_index (order, k);
          g_autoptr(PodiumObject) object = g_object_new (c->type, NULL);
          int side = e->whole >= 0 ? e->whole : e->existence ? choice_side (e->existence) : MINE;

          if (c->type != PODIUM_TYPE_ACKNOWLEDGEMENT)
            podium_object_set_id (object, e->result_id ? e->result_id : podium_object_get_id (e->obj[side]));
          build_values (self, result, e, object);
          podium_document_add (result, object);
        }
    }

  conference = podium_document_get_conference (result);
  build_values (self, result, self->conference, PODIUM_OBJECT (conference));

  extra = build_extra (self->plan->members, FALSE);
  podium_document_set_extra (result, extra);
  merge_versions (self, result);

  podium_document_clear_history (result);
  return result;
}

PodiumMergeConflictKind
podium_merge_conflict_get_kind (PodiumMergeConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE_CONFLICT (self), 0);

  return self->kind;
}

GType
podium_merge_conflict_get_object_type (PodiumMergeConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE_CONFLICT (self), G_TYPE_INVALID);

  return self->object_type;
}

const char *
podium_merge_conflict_get_object_id (PodiumMergeConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE_CONFLICT (self), NULL);

  return self->object_id;
}

const char *
podium_merge_conflict_get_object_name (PodiumMergeConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE_CONFLICT (self), NULL);

  return self->object_name;
}

const char *
podium_merge_conflict_get_property_name (PodiumMergeConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE_CONFLICT (self), NULL);

  return self->property;
}

const char *
podium_merge_conflict_get_label (PodiumMergeConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE_CONFLICT (self), NULL);

  return self->label;
}

const char *
podium_merge_conflict_get_mine_text (PodiumMergeConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE_CONFLICT (self), NULL);

  return self->mine_text;
}

const char *
podium_merge_conflict_get_theirs_text (PodiumMergeConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE_CONFLICT (self), NULL);

  return self->theirs_text;
}

PodiumMergeSide
podium_merge_conflict_get_choice (PodiumMergeConflict *self)
{
  g_return_val_if_fail (PODIUM_IS_MERGE_CONFLICT (self), PODIUM_MERGE_MINE);

  return self->choice;
}

void
podium_merge_conflict_set_choice (PodiumMergeConflict *self,
                                  PodiumMergeSide      choice)
{
  g_return_if_fail (PODIUM_IS_MERGE_CONFLICT (self));
  g_return_if_fail (choice == PODIUM_MERGE_MINE || choice == PODIUM_MERGE_THEIRS);

  if (self->choice == choice)
    return;

  self->choice = choice;
  g_object_notify_by_pspec (G_OBJECT (self), conflict_properties[CONFLICT_PROP_CHOICE]);
}
