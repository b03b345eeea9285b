/* podium-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "podium-json.h"

#define MAX_DEPTH        128
#define MAX_SHORT_TEXT   4096
#define MAX_LONG_TEXT    (1024 * 1024)
#define MAX_ERRORS       50
#define MAX_COUNT        10000000

G_DEFINE_QUARK (podium-format-error-quark, podium_format_error)

gboolean
podium_format_check_size (goffset      size,
                          const char  *display_name,
                          GError     **error)
{
  if (size <= PODIUM_JSON_MAX_SIZE)
    return TRUE;

  g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_TOO_LARGE,
               _("%s: error: the file is too large (%lld bytes; at most %d)"),
               display_name, (long long) size, PODIUM_JSON_MAX_SIZE);
  return FALSE;
}

/* Reading stops one chunk past the limit, whatever the source: a pipe, /dev/stdin or
 * /dev/zero has no size to refuse it by. */
/* A temporary file older than this is not one a running save is still writing */
#define STALE_TEMP_SECONDS 60
#define TEMP_PREFIX ".goutputstream-"

static gboolean
is_temp_name (const char *name)
{
  gsize prefix = strlen (TEMP_PREFIX);

  if (!g_str_has_prefix (name, TEMP_PREFIX) || strlen (name) != prefix + 6)
    return FALSE;
  for (const char *p = name + prefix; *p; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

/* g_file_replace_contents() writes ".goutputstream-XXXXXX" beside the target and renames
 * it; a save that was killed leaves it behind. */
void
podium_format_remove_stale_temp_files (GFile *target)
{
  g_autoptr(GFile) folder = g_file_get_parent (target);
  g_autoptr(GFileEnumerator) children = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GFileInfo *info;

  if (folder == NULL)
    return;
  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                        G_FILE_ATTRIBUTE_UNIX_UID,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children == NULL)
    return;

  while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      const char *name = g_file_info_get_name (info);
      g_autoptr(GFile) child = NULL;
      guint64 modified;

      if (!is_temp_name (name) || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        continue;
      if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_UID) &&
          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_UID) != getuid ())
        continue;
      modified = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
      if (now - (gint64) modified < STALE_TEMP_SECONDS)
        continue;
      child = g_file_get_child (folder, name);
      if (g_file_delete (child, NULL, NULL))
        g_debug ("Removed the stale temporary file %s", name);
    }
}

#define LOAD_CHUNK (64 * 1024)

GBytes *
podium_format_load_bytes (GFile         *file,
                          GCancellable  *cancellable,
                          char         **etag,
                          GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) data = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  if (!(stream = g_file_read (file, cancellable, error)))
    {
      g_prefix_error (error, "%s: error: ", name);
      return NULL;
    }

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                         G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  /* A regular file too large is refused before it is read, with its size */
  if (info && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      !podium_format_check_size (g_file_info_get_size (info), name, error))
    return NULL;

  data = g_byte_array_new ();
  for (;;)
    {
      gssize n;

      g_byte_array_set_size (data, (guint) (length + LOAD_CHUNK));
      n = g_input_stream_read (G_INPUT_STREAM (stream), data->data + length, LOAD_CHUNK,
                               cancellable, error);
      if (n < 0)
        {
          g_prefix_error (error, "%s: error: ", name);
          return NULL;
        }
      if (n == 0)
        break;
      length += (gsize) n;
      if (length > PODIUM_JSON_MAX_SIZE)
        {
          g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_TOO_LARGE,
                       _("%s: error: the file is too large (more than %d bytes)"),
                       name, PODIUM_JSON_MAX_SIZE);
          return NULL;
        }
    }
  g_byte_array_set_size (data, (guint) length);

  if (etag)
    {
      g_autoptr(GFileInfo) after = g_file_input_stream_query_info (stream,
                                                                  G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                                  cancellable, NULL);

      *etag = after ? g_strdup (g_file_info_get_etag (after)) : NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

const char *
podium_format_bytes_data (GBytes      *bytes,
                          const char **display_name,
                          gsize       *size,
                          GError     **error)
{
  const char *data = g_bytes_get_data (bytes, size);

  if (*display_name == NULL)
    *display_name = "<data>";
  if (!podium_format_check_size ((goffset) *size, *display_name, error))
    return NULL;
  /* an empty GBytes may hold no pointer at all */
  return data ? data : "";
}

typedef struct
{
  const char     *name;
  GPtrArray      *errors;
  GString        *path;
  PodiumDocument *document;
  GHashTable     *organizations;
  GHashTable     *people;
  GHashTable     *rooms;
  GHashTable     *sessions;
  GHashTable     *versions;
  GHashTable     *participants;
  GHashTable     *participant_counts;
} Reader;

static const char * const conference_keys[] = {
  "title", "subtitle", "acronym", "description", "start_date", "end_date", "day_start",
  "day_end", "time_zone", "language", "venue", "host", "co_organizers",
  "expected_attendance", "contact", "website", "slot_minutes", "updated", "updated_by",
  "funding_notice", "funding_emblem", "recording_notice", "registration_deadline", NULL
};
static const char * const venue_keys[] = { "name", "address", "city", NULL };
static const char * const organization_keys[] = {
  "id", "name", "short_name", "region", "kind", "color", "website", "notes", "logo", NULL
};
static const char * const person_keys[] = {
  "id", "name", "honorific", "position", "organization", "email", "phone", "notes",
  "availability", NULL
};
static const char * const span_keys[] = { "start", "end", NULL };
static const char * const room_keys[] = {
  "id", "name", "kind", "capacity", "theme", "location", "equipment", "color", NULL
};
static const char * const session_keys[] = {
  "id", "title", "subtitle", "kind", "status", "start", "duration", "room", "all_rooms",
  "expected_attendance", "language", "track", "tags", "roles", "video", "abstract", "notes",
  NULL
};
static const char * const role_keys[] = { "role", "person", "organization", NULL };
static const char * const video_keys[] = {
  "file", "duration_seconds", "thumbnail", "status", "contact", "received", "subtitles",
  "notes", NULL
};
static const char * const acknowledgement_keys[] = { "rule", "key", "note", NULL };
static const char * const version_keys[] = {
  "id", "name", "note", "published", "publisher", "approvals", "programme", NULL
};
static const char * const approval_keys[] = { "organization", "by", "date", "note", NULL };
static const char * const snapshot_keys[] = {
  "session", "title", "kind", "start", "end", "room", "room_name", "all_rooms", "cancelled",
  "people", NULL
};
static const char * const snapshot_person_keys[] = { "role", "person", "name", NULL };
static const char * const participant_keys[] = {
  "id", "name", "organization", "organization_name", "position", "email", "region", "notes",
  "status", "first_choices", "second_choices", "assigned", NULL
};
static const char * const participant_count_keys[] = {
  "id", "organization", "organization_name", "region", "count", "attended", NULL
};
static const char * const top_keys[] = {
  "format", "version", "conference", "organizations", "people", "rooms", "sessions",
  "acknowledged", "versions", "participants", "participant_counts", NULL
};

/* Reading */

static void problem (Reader     *r,
                     const char *member,
                     const char *format,
                     ...) G_GNUC_PRINTF (3, 4);

static void
problem (Reader     *r,
         const char *member,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (r->errors->len > MAX_ERRORS)
    return;
  if (r->errors->len == MAX_ERRORS)
    {
      g_ptr_array_add (r->errors, g_strdup_printf (_("%s: error: too many problems; giving up"), r->name));
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: FILE: error: /JSON/POINTER: MESSAGE */
  g_ptr_array_add (r->errors, g_strdup_printf (_("%s: error: %s%s%s: %s"),
                                               r->name,
                                               r->path->len ? r->path->str : "",
                                               member ? "/" : "",
                                               member ? member : "",
                                               message));
}

static gsize
push_key (Reader     *r,
          const char *key)
{
  gsize len = r->path->len;

  g_string_append_printf (r->path, "/%s", key);
  return len;
}

static gsize
push_index (Reader *r,
            guint   index)
{
  gsize len = r->path->len;

  g_string_append_printf (r->path, "/%u", index);
  return len;
}

static void
pop_path (Reader *r,
          gsize   len)
{
  g_string_truncate (r->path, len);
}

static const char *
node_kind (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY:  return _("an array");
    case JSON_NODE_NULL:   return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:  return _("a text");
        case G_TYPE_BOOLEAN: return _("true or false");
        default:             return _("a number");
        }
    }
}

static gboolean
is_value_of (JsonNode *node,
             GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Members not in @known, kept to be written back */
static JsonObject *
collect_extra (JsonObject         *object,
               const char * const *known)
{
  JsonObject *extra = NULL;
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l; l = l->next)
    {
      const char *name = l->data;

      if (g_strv_contains (known, name))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (json_object_get_member (object, name)));
    }

  return extra;
}

static void
set_extra (gpointer            target,
           JsonObject         *object,
           const char * const *known)
{
  JsonObject *extra = collect_extra (object, known);

  if (extra == NULL)
    return;
  podium_object_set_extra (target, extra);
  json_object_unref (extra);
}

static gboolean
read_string (Reader      *r,
             JsonObject  *object,
             const char  *key,
             gboolean     required,
             gsize        max_length,
             const char **out)
{
  JsonNode *node = json_object_get_member (object, key);
  const char *value;

  *out = NULL;

  if (node == NULL)
    {
      if (required)
        problem (r, key, _("missing required member"));
      return !required;
    }
  if (!is_value_of (node, G_TYPE_STRING))
    {
      problem (r, key, _("must be a text, not %s"), node_kind (node));
      return FALSE;
    }

  value = json_node_get_string (node);
  if (required && value[0] == '\0')
    {
      problem (r, key, _("must not be empty"));
      return FALSE;
    }
  if (strlen (value) > max_length)
    {
      problem (r, key, _("text too long (%zu bytes; at most %zu)"), strlen (value), max_length);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

/* Copies string members into string properties of the same name (with '_' for '-') */
static void
read_strings (Reader             *r,
              JsonObject         *object,
              gpointer            target,
              const char * const *keys,
              gsize               max_length)
{
  for (guint i = 0; keys[i]; i++)
    {
      const char *value;

      if (read_string (r, object, keys[i], FALSE, max_length, &value) && value && *value)
        {
          g_autofree char *property = g_strdelimit (g_strdup (keys[i]), "_", '-');
          g_object_set (target, property, value, NULL);
        }
    }
}

static gboolean
read_int (Reader     *r,
          JsonObject *object,
          const char *key,
          gint64      min,
          gint64      max,
          gint64     *out)
{
  JsonNode *node = json_object_get_member (object, key);
  gint64 value;

  if (node == NULL)
    return FALSE;

  if (is_value_of (node, G_TYPE_DOUBLE))
    {
      problem (r, key, _("must be a whole number, not %g"), json_node_get_double (node));
      return FALSE;
    }
  if (!is_value_of (node, G_TYPE_INT64))
    {
      problem (r, key, _("must be a whole number, not %s"), node_kind (node));
      return FALSE;
    }

  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      problem (r, key, _("%lld is out of range (%lld to %lld)"),
               (long long) value, (long long) min, (long long) max);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

static gboolean
read_bool (Reader     *r,
           JsonObject *object,
           const char *key,
           gboolean   *out)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return FALSE;
  if (!is_value_of (node, G_TYPE_BOOLEAN))
    {
      problem (r, key, _("must be true or false, not %s"), node_kind (node));
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

static char *
list_nicks (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autoptr(GString) str = g_string_new (NULL);

  if (G_IS_ENUM_CLASS (klass))
    for (guint i = 0; i < G_ENUM_CLASS (klass)->n_values; i++)
      g_string_append_printf (str, "%s%s", i ? ", " : "", G_ENUM_CLASS (klass)->values[i].value_nick);
  else
    for (guint i = 1; i < G_FLAGS_CLASS (klass)->n_values; i++)
      g_string_append_printf (str, "%s%s", i > 1 ? ", " : "", G_FLAGS_CLASS (klass)->values[i].value_nick);

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static const char *
describe_enum (GType type)
{
  /* TRANSLATORS: these complete "unknown %s “party” (expected one of: …)" */
  if (type == PODIUM_TYPE_SESSION_KIND)
    return _("session kind");
  if (type == PODIUM_TYPE_SESSION_STATUS)
    return _("session status");
  if (type == PODIUM_TYPE_ROLE_KIND)
    return _("role");
  if (type == PODIUM_TYPE_ORGANIZATION_KIND)
    return _("organization kind");
  if (type == PODIUM_TYPE_ROOM_KIND)
    return _("room kind");
  if (type == PODIUM_TYPE_EQUIPMENT)
    return _("equipment");
  if (type == PODIUM_TYPE_VIDEO_STATUS)
    return _("video status");
  return _("value");
}

static gboolean
check_nick (Reader     *r,
            const char *key,
            GType       type,
            const char *nick,
            int        *out)
{
  g_autofree char *nicks = NULL;

  if (podium_enum_from_nick (type, nick, out) && g_strcmp0 (nick, "none") != 0)
    return TRUE;

  nicks = list_nicks (type);
  problem (r, key, _("unknown %s “%s” (expected one of: %s)"), describe_enum (type), nick, nicks);
  return FALSE;
}

static void
read_enum (Reader     *r,
           JsonObject *object,
           const char *key,
           gboolean    required,
           GType       type,
           gpointer    target,
           const char *property)
{
  const char *nick;
  int value;

  if (!read_string (r, object, key, required, MAX_SHORT_TEXT, &nick) || nick == NULL)
    return;
  if (check_nick (r, key, type, nick, &value))
    g_object_set (target, property, value, NULL);
}

typedef gboolean (*ParseFunc) (const char *text, gpointer out);

static gboolean
read_parsed (Reader     *r,
             JsonObject *object,
             const char *key,
             gboolean    required,
             ParseFunc   parse,
             const char *expected,
             gpointer    out)
{
  const char *text;

  if (!read_string (r, object, key, required, MAX_SHORT_TEXT, &text) || text == NULL)
    return FALSE;
  if (!parse (text, out))
    {
      problem (r, key, _("“%s” is not a valid %s"), text, expected);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_date (Reader     *r,
           JsonObject *object,
           const char *key,
           gboolean    required,
           int        *out)
{
  /* TRANSLATORS: completes "“…” is not a valid %s" */
  return read_parsed (r, object, key, required, (ParseFunc) podium_time_parse_date,
                      _("date (YYYY-MM-DD)"), out);
}

static gboolean
read_clock (Reader     *r,
            JsonObject *object,
            const char *key,
            int        *out)
{
  return read_parsed (r, object, key, FALSE, (ParseFunc) podium_time_parse_clock,
                      _("time of day (HH:MM, 00:00 to 23:59)"), out);
}

static gboolean
read_time (Reader     *r,
           JsonObject *object,
           const char *key,
           gboolean    required,
           gint64     *out)
{
  return read_parsed (r, object, key, required, (ParseFunc) podium_time_parse,
                      _("date and time (YYYY-MM-DDTHH:MM)"), out);
}

static gpointer
read_ref (Reader     *r,
          JsonObject *object,
          const char *key,
          GHashTable *table,
          const char *what)
{
  const char *id;
  gpointer found;

  if (!read_string (r, object, key, FALSE, MAX_SHORT_TEXT, &id) || id == NULL)
    return NULL;

  found = g_hash_table_lookup (table, id);
  if (found == NULL)
    /* TRANSLATORS: e.g. no room with id "r9" */
    problem (r, key, _("no %s with id “%s”"), what, id);
  return found;
}

static JsonObject *
get_object (Reader     *r,
            JsonNode   *node,
            const char *member)
{
  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (r, member, _("must be an object, not %s"), node_kind (node));
      return NULL;
    }
  return json_node_get_object (node);
}

static JsonArray *
get_array (Reader     *r,
           JsonObject *object,
           const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      problem (r, key, _("must be an array, not %s"), node_kind (node));
      return NULL;
    }
  return json_node_get_array (node);
}

/* Reads the id of an entity and registers it in @table; FALSE if it is missing or taken */
static gboolean
read_id (Reader     *r,
         JsonObject *object,
         GHashTable *table,
         gpointer    target)
{
  const char *id;

  if (!read_string (r, object, "id", TRUE, MAX_SHORT_TEXT, &id))
    return FALSE;
  if (g_hash_table_contains (table, id))
    {
      problem (r, "id", _("the id “%s” is used twice"), id);
      return FALSE;
    }

  /* The table owns its keys: the document may rename @target when it is added, if a
   * generated id of an earlier object without one took this id */
  podium_object_set_id (target, id);
  g_hash_table_insert (table, g_strdup (id), target);
  return TRUE;
}

typedef void (*ReadItemFunc) (Reader     *r,
                              JsonObject *object);

/* Reads the elements of the array @key of @object with @read_item, which gets @data */
static void
read_each (Reader     *r,
           JsonObject *object,
           const char *key,
           void      (*read_item) (Reader *, JsonObject *, gpointer),
           gpointer    data)
{
  JsonArray *array = get_array (r, object, key);
  gsize len;

  if (array == NULL)
    return;

  len = push_key (r, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize len2 = push_index (r, i);
      JsonObject *item = get_object (r, json_array_get_element (array, i), NULL);

      if (item != NULL)
        read_item (r, item, data);
      pop_path (r, len2);
    }
  pop_path (r, len);
}

static void
read_top_item (Reader     *r,
               JsonObject *object,
               gpointer    data)
{
  ReadItemFunc *read_item = data;

  (*read_item) (r, object);
}

/* The top-level collections: read_each() with readers that need nothing more */
static void
read_array (Reader       *r,
            JsonObject   *top,
            const char   *key,
            ReadItemFunc  read_item)
{
  read_each (r, top, key, read_top_item, &read_item);
}

static void
read_organization (Reader     *r,
                   JsonObject *object)
{
  static const char * const strings[] = { "short_name", "region", "color", "website", "logo", NULL };
  g_autoptr(PodiumOrganization) organization = podium_organization_new ();
  const char *name;
  const char *notes;

  read_id (r, object, r->organizations, organization);
  if (read_string (r, object, "name", TRUE, MAX_SHORT_TEXT, &name))
    g_object_set (organization, "name", name, NULL);
  read_strings (r, object, organization, strings, MAX_SHORT_TEXT);
  if (read_string (r, object, "notes", FALSE, MAX_LONG_TEXT, &notes))
    g_object_set (organization, "notes", notes, NULL);
  read_enum (r, object, "kind", FALSE, PODIUM_TYPE_ORGANIZATION_KIND, organization, "kind");
  set_extra (organization, object, organization_keys);

  podium_document_add (r->document, organization);
}

static void
read_span (Reader     *r,
           JsonObject *object,
           GPtrArray  *spans)
{
  gint64 start, end;
  gboolean ok;
  PodiumSpan *span;

  ok = read_time (r, object, "start", TRUE, &start);
  ok &= read_time (r, object, "end", TRUE, &end);
  if (!ok)
    return;
  if (end <= start)
    {
      problem (r, "end", _("the end is not after the start"));
      return;
    }

  span = podium_span_new (start, end);
  span->extra = collect_extra (object, span_keys);
  g_ptr_array_add (spans, span);
}

static void
read_person (Reader     *r,
             JsonObject *object)
{
  static const char * const strings[] = { "honorific", "position", "email", "phone", NULL };
  g_autoptr(PodiumPerson) person = podium_person_new ();
  JsonArray *availability;
  const char *text;

  read_id (r, object, r->people, person);
  if (read_string (r, object, "name", TRUE, MAX_SHORT_TEXT, &text))
    g_object_set (person, "name", text, NULL);
  read_strings (r, object, person, strings, MAX_SHORT_TEXT);
  if (read_string (r, object, "notes", FALSE, MAX_LONG_TEXT, &text))
    g_object_set (person, "notes", text, NULL);
  g_object_set (person,
                "organization", read_ref (r, object, "organization", r->organizations,
                                          _("organization")),
                NULL);

  if ((availability = get_array (r, object, "availability")))
    {
      g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_span_free);
      gsize len = push_key (r, "availability");

      for (guint i = 0; i < json_array_get_length (availability); i++)
        {
          gsize len2 = push_index (r, i);
          JsonObject *span = get_object (r, json_array_get_element (availability, i), NULL);

          if (span)
            read_span (r, span, spans);
          pop_path (r, len2);
        }
      pop_path (r, len);

      if (spans->len > 0)
        g_object_set (person, "availability", spans, NULL);
    }

  set_extra (person, object, person_keys);
  podium_document_add (r->document, person);
}

static void
read_room (Reader     *r,
           JsonObject *object)
{
  static const char * const strings[] = { "theme", "location", "color", NULL };
  g_autoptr(PodiumRoom) room = podium_room_new ();
  JsonArray *equipment;
  const char *name;
  gint64 capacity;

  read_id (r, object, r->rooms, room);
  if (read_string (r, object, "name", TRUE, MAX_SHORT_TEXT, &name))
    g_object_set (room, "name", name, NULL);
  read_strings (r, object, room, strings, MAX_SHORT_TEXT);
  read_enum (r, object, "kind", FALSE, PODIUM_TYPE_ROOM_KIND, room, "kind");
  if (read_int (r, object, "capacity", 0, MAX_COUNT, &capacity))
    g_object_set (room, "capacity", (int) capacity, NULL);

  if ((equipment = get_array (r, object, "equipment")))
    {
      guint flags = 0;
      gsize len = push_key (r, "equipment");

      for (guint i = 0; i < json_array_get_length (equipment); i++)
        {
          JsonNode *node = json_array_get_element (equipment, i);
          g_autofree char *index = g_strdup_printf ("%u", i);
          int flag;

          if (!is_value_of (node, G_TYPE_STRING))
            problem (r, index, _("must be a text, not %s"), node_kind (node));
          else if (check_nick (r, index, PODIUM_TYPE_EQUIPMENT, json_node_get_string (node), &flag))
            flags |= (guint) flag;
        }
      pop_path (r, len);
      g_object_set (room, "equipment", flags, NULL);
    }

  set_extra (room, object, room_keys);
  podium_document_add (r->document, room);
}

static void
read_role (Reader        *r,
           JsonObject    *object,
           PodiumSession *session)
{
  g_autoptr(PodiumRole) role = podium_role_new ();
  gpointer person, organization;
  gboolean has_person, has_organization;

  read_enum (r, object, "role", TRUE, PODIUM_TYPE_ROLE_KIND, role, "role");
  has_person = json_object_has_member (object, "person");
  has_organization = json_object_has_member (object, "organization");
  person = read_ref (r, object, "person", r->people, _("person"));
  organization = read_ref (r, object, "organization", r->organizations, _("organization"));

  if (!has_person && !has_organization)
    {
      problem (r, NULL, _("a role needs a person or an organization"));
      return;
    }

  g_object_set (role, "person", person, "organization", organization, NULL);
  set_extra (role, object, role_keys);
  g_list_store_append (G_LIST_STORE (podium_session_get_roles (session)), role);
}

static void
read_video (Reader      *r,
            JsonObject  *object,
            PodiumVideo *video)
{
  static const char * const strings[] = { "file", "thumbnail", NULL };
  const char *notes;
  gint64 seconds;
  gboolean subtitles;
  int received;

  read_strings (r, object, video, strings, MAX_SHORT_TEXT);
  if (read_string (r, object, "notes", FALSE, MAX_LONG_TEXT, &notes))
    g_object_set (video, "notes", notes, NULL);
  if (read_int (r, object, "duration_seconds", 0, G_MAXINT, &seconds))
    g_object_set (video, "duration", (int) seconds, NULL);
  read_enum (r, object, "status", FALSE, PODIUM_TYPE_VIDEO_STATUS, video, "status");
  g_object_set (video, "contact", read_ref (r, object, "contact", r->people, _("person")), NULL);
  if (read_date (r, object, "received", FALSE, &received))
    g_object_set (video, "received", received, NULL);
  if (read_bool (r, object, "subtitles", &subtitles))
    g_object_set (video, "subtitles", subtitles, NULL);
  set_extra (video, object, video_keys);
}

static void
read_session (Reader     *r,
              JsonObject *object)
{
  static const char * const strings[] = { "subtitle", "language", "track", NULL };
  static const char * const long_strings[] = { "abstract", "notes", NULL };
  g_autoptr(PodiumSession) session = podium_session_new ();
  JsonArray *array;
  JsonObject *video;
  const char *title;
  gint64 start, number;
  gboolean all_rooms = FALSE;
  PodiumRoom *room;

  read_id (r, object, r->sessions, session);
  if (read_string (r, object, "title", TRUE, MAX_SHORT_TEXT, &title))
    g_object_set (session, "title", title, NULL);
  read_strings (r, object, session, strings, MAX_SHORT_TEXT);
  read_strings (r, object, session, long_strings, MAX_LONG_TEXT);
  read_enum (r, object, "kind", FALSE, PODIUM_TYPE_SESSION_KIND, session, "kind");
  read_enum (r, object, "status", FALSE, PODIUM_TYPE_SESSION_STATUS, session, "status");
  if (read_time (r, object, "start", FALSE, &start))
    g_object_set (session, "start", start, NULL);
  if (read_int (r, object, "duration", 1, PODIUM_SESSION_MAX_DURATION, &number))
    g_object_set (session, "duration", (int) number, NULL);
  if (podium_session_get_start (session) != PODIUM_TIME_NONE &&
      !podium_time_session_fits (podium_session_get_start (session),
                                 podium_session_get_duration (session)))
    problem (r, "start", _("a session must start and end between 0001-01-02 and 9999-12-30"));
  if (read_int (r, object, "expected_attendance", 0, MAX_COUNT, &number))
    g_object_set (session, "expected-attendance", (int) number, NULL);

  room = read_ref (r, object, "room", r->rooms, _("room"));
  read_bool (r, object, "all_rooms", &all_rooms);
  if (all_rooms && json_object_has_member (object, "room"))
    problem (r, "all_rooms", _("a session is either in one room or in all rooms, not both"));
  g_object_set (session, "room", room, "all-rooms", all_rooms, NULL);

  if ((array = get_array (r, object, "tags")))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) tags = NULL;
      gsize len = push_key (r, "tags");

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autofree char *index = g_strdup_printf ("%u", i);

          if (!is_value_of (node, G_TYPE_STRING))
            problem (r, index, _("must be a text, not %s"), node_kind (node));
          else
            g_strv_builder_add (builder, json_node_get_string (node));
        }
      pop_path (r, len);
      tags = g_strv_builder_end (builder);
      if (tags[0] != NULL)
        g_object_set (session, "tags", tags, NULL);
    }

  if ((array = get_array (r, object, "roles")))
    {
      gsize len = push_key (r, "roles");

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gsize len2 = push_index (r, i);
          JsonObject *role = get_object (r, json_array_get_element (array, i), NULL);

          if (role)
            read_role (r, role, session);
          pop_path (r, len2);
        }
      pop_path (r, len);
    }

  if ((video = get_object (r, json_object_get_member (object, "video"), "video")))
    {
      gsize len = push_key (r, "video");
      read_video (r, video, podium_session_get_video (session));
      pop_path (r, len);
    }

  set_extra (session, object, session_keys);
  podium_document_add (r->document, session);
}

static void
read_acknowledgement (Reader     *r,
                      JsonObject *object)
{
  g_autoptr(PodiumAcknowledgement) ack = podium_acknowledgement_new ();
  const char *text;

  if (read_string (r, object, "rule", TRUE, MAX_SHORT_TEXT, &text))
    g_object_set (ack, "rule", text, NULL);
  if (read_string (r, object, "key", TRUE, MAX_SHORT_TEXT, &text))
    g_object_set (ack, "key", text, NULL);
  if (read_string (r, object, "note", FALSE, MAX_LONG_TEXT, &text))
    g_object_set (ack, "note", text, NULL);
  set_extra (ack, object, acknowledgement_keys);

  podium_document_add (r->document, ack);
}

static void
read_approval (Reader     *r,
               JsonObject *object,
               gpointer    data)
{
  PodiumVersion *version = data;
  g_autoptr(PodiumApproval) approval = podium_approval_new ();
  PodiumOrganization *organization;
  const char *text;
  gint64 date;

  if (!json_object_has_member (object, "organization"))
    problem (r, "organization", _("missing required member"));
  organization = read_ref (r, object, "organization", r->organizations, _("organization"));
  if (organization != NULL && podium_version_lookup_approval (version, organization) != NULL)
    problem (r, "organization", _("the organization “%s” approved this version twice"),
             podium_object_get_id (PODIUM_OBJECT (organization)));
  if (read_time (r, object, "date", TRUE, &date))
    g_object_set (approval, "date", date, NULL);
  if (read_string (r, object, "by", FALSE, MAX_SHORT_TEXT, &text) && text && *text)
    g_object_set (approval, "by", text, NULL);
  if (read_string (r, object, "note", FALSE, MAX_LONG_TEXT, &text) && text && *text)
    g_object_set (approval, "note", text, NULL);
  g_object_set (approval, "organization", organization, NULL);
  set_extra (approval, object, approval_keys);
  g_list_store_append (G_LIST_STORE (podium_version_get_approvals (version)), approval);
}

/* A member a snapshot needs, empty or not: it records what was, even an empty title */
static gboolean
read_recorded (Reader      *r,
               JsonObject  *object,
               const char  *key,
               const char **out)
{
  if (!json_object_has_member (object, key))
    {
      problem (r, key, _("missing required member"));
      return FALSE;
    }
  return read_string (r, object, key, FALSE, MAX_SHORT_TEXT, out);
}

static void
read_snapshot_person (Reader     *r,
                      JsonObject *object,
                      gpointer    data)
{
  PodiumSnapshotSession *session = data;
  const char *role, *person, *name;
  int kind = PODIUM_ROLE_SPEAKER;
  gboolean ok;

  ok = read_string (r, object, "role", TRUE, MAX_SHORT_TEXT, &role) &&
       check_nick (r, "role", PODIUM_TYPE_ROLE_KIND, role, &kind);
  /* Ids of people as they were: the person may be gone since, so not a reference */
  ok &= read_string (r, object, "person", TRUE, MAX_SHORT_TEXT, &person);
  ok &= read_recorded (r, object, "name", &name);
  if (ok)
    {
      PodiumSnapshotPerson *entry = podium_snapshot_person_new (kind, person, name);

      entry->extra = collect_extra (object, snapshot_person_keys);
      g_ptr_array_add (session->people, entry);
    }
}

static void
read_snapshot_session (Reader     *r,
                       JsonObject *object,
                       gpointer    data)
{
  GPtrArray *programme = data;
  g_autoptr(PodiumSnapshotSession) entry = podium_snapshot_session_new ();
  const char *text;
  int kind;

  /* Sessions and rooms as they were: ids, not references (they may be gone since) */
  if (read_string (r, object, "session", TRUE, MAX_SHORT_TEXT, &text))
    entry->session = g_strdup (text);
  if (read_recorded (r, object, "title", &text))
    entry->title = g_strdup (text);
  if (read_string (r, object, "kind", TRUE, MAX_SHORT_TEXT, &text) && text &&
      check_nick (r, "kind", PODIUM_TYPE_SESSION_KIND, text, &kind))
    entry->kind = kind;
  read_time (r, object, "start", TRUE, &entry->start);
  if (read_time (r, object, "end", TRUE, &entry->end) &&
      entry->start != PODIUM_TIME_NONE && entry->end <= entry->start)
    problem (r, "end", _("the end is not after the start"));
  if (read_string (r, object, "room", FALSE, MAX_SHORT_TEXT, &text) && text && *text)
    entry->room = g_strdup (text);
  if (read_string (r, object, "room_name", FALSE, MAX_SHORT_TEXT, &text) && text && *text)
    entry->room_name = g_strdup (text);
  read_bool (r, object, "all_rooms", &entry->all_rooms);
  if (entry->all_rooms && entry->room != NULL)
    problem (r, "all_rooms", _("a session is either in one room or in all rooms, not both"));
  read_bool (r, object, "cancelled", &entry->cancelled);
  read_each (r, object, "people", read_snapshot_person, entry);
  entry->extra = collect_extra (object, snapshot_keys);

  if (entry->session != NULL && entry->title != NULL)
    g_ptr_array_add (programme, g_steal_pointer (&entry));
}

static void
read_version (Reader     *r,
              JsonObject *object)
{
  g_autoptr(PodiumVersion) version = podium_version_new ();
  g_autoptr(GPtrArray) programme = NULL;
  const char *text;
  gint64 published;

  read_id (r, object, r->versions, version);
  if (read_string (r, object, "name", TRUE, MAX_SHORT_TEXT, &text))
    g_object_set (version, "name", text, NULL);
  if (read_string (r, object, "note", FALSE, MAX_LONG_TEXT, &text) && text && *text)
    g_object_set (version, "note", text, NULL);
  if (read_time (r, object, "published", TRUE, &published))
    g_object_set (version, "published", published, NULL);
  if (read_string (r, object, "publisher", FALSE, MAX_SHORT_TEXT, &text) && text && *text)
    g_object_set (version, "publisher", text, NULL);
  read_each (r, object, "approvals", read_approval, version);

  programme = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_snapshot_session_free);
  read_each (r, object, "programme", read_snapshot_session, programme);
  g_object_set (version, "programme", programme, NULL);

  set_extra (version, object, version_keys);
  podium_document_add (r->document, version);
}

/* An array of session ids, each session at most once */
static void
read_session_list (Reader     *r,
                   JsonObject *object,
                   const char *key,
                   gpointer    target)
{
  JsonArray *array = get_array (r, object, key);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *property = NULL;
  gsize len;

  if (array == NULL)
    return;

  sessions = g_ptr_array_new_with_free_func (g_object_unref);
  len = push_key (r, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *index = g_strdup_printf ("%u", i);
      PodiumSession *session;

      if (!is_value_of (node, G_TYPE_STRING))
        problem (r, index, _("must be a text, not %s"), node_kind (node));
      else if (!(session = g_hash_table_lookup (r->sessions, json_node_get_string (node))))
        problem (r, index, _("no %s with id “%s”"), _("session"), json_node_get_string (node));
      else if (g_ptr_array_find (sessions, session, NULL))
        problem (r, index, _("the session “%s” is listed twice"), json_node_get_string (node));
      else
        g_ptr_array_add (sessions, g_object_ref (session));
    }
  pop_path (r, len);

  property = g_strdelimit (g_strdup (key), "_", '-');
  if (sessions->len > 0)
    g_object_set (target, property, sessions, NULL);
}

static void
read_participant (Reader     *r,
                  JsonObject *object)
{
  static const char * const strings[] = {
    "organization_name", "position", "email", "region", NULL
  };
  g_autoptr(PodiumParticipant) participant = podium_participant_new ();
  const char *text;

  read_id (r, object, r->participants, participant);
  if (read_string (r, object, "name", TRUE, MAX_SHORT_TEXT, &text))
    g_object_set (participant, "name", text, NULL);
  read_strings (r, object, participant, strings, MAX_SHORT_TEXT);
  if (read_string (r, object, "notes", FALSE, MAX_LONG_TEXT, &text) && text && *text)
    g_object_set (participant, "notes", text, NULL);
  g_object_set (participant,
                "organization", read_ref (r, object, "organization", r->organizations,
                                          _("organization")),
                NULL);
  read_enum (r, object, "status", FALSE, PODIUM_TYPE_PARTICIPANT_STATUS, participant, "status");
  read_session_list (r, object, "first_choices", participant);
  read_session_list (r, object, "second_choices", participant);
  read_session_list (r, object, "assigned", participant);

  set_extra (participant, object, participant_keys);
  podium_document_add (r->document, participant);
}

static void
read_participant_count (Reader     *r,
                        JsonObject *object)
{
  static const char * const strings[] = { "organization_name", "region", NULL };
  g_autoptr(PodiumParticipantCount) count = podium_participant_count_new ();
  gint64 number;

  read_id (r, object, r->participant_counts, count);
  read_strings (r, object, count, strings, MAX_SHORT_TEXT);
  g_object_set (count,
                "organization", read_ref (r, object, "organization", r->organizations,
                                          _("organization")),
                NULL);
  if (!json_object_has_member (object, "count"))
    problem (r, "count", _("missing required member"));
  if (read_int (r, object, "count", 0, MAX_COUNT, &number))
    g_object_set (count, "count", (int) number, NULL);
  if (read_int (r, object, "attended", 0, MAX_COUNT, &number))
    g_object_set (count, "attended", (int) number, NULL);

  set_extra (count, object, participant_count_keys);
  podium_document_add (r->document, count);
}

static void
read_conference (Reader     *r,
                 JsonObject *object)
{
  static const char * const strings[] = {
    "subtitle", "acronym", "language", "contact", "website", "updated", "updated_by", NULL
  };
  PodiumConference *conference = podium_document_get_conference (r->document);
  JsonObject *venue;
  JsonArray *co;
  const char *text;
  int start_date = PODIUM_DATE_NONE, end_date = PODIUM_DATE_NONE, minutes;
  gint64 number;

  if (read_string (r, object, "title", TRUE, MAX_SHORT_TEXT, &text))
    g_object_set (conference, "title", text, NULL);
  read_strings (r, object, conference, strings, MAX_SHORT_TEXT);
  if (read_string (r, object, "description", FALSE, MAX_LONG_TEXT, &text))
    g_object_set (conference, "description", text, NULL);

  /* The notices a funded programme prints; the emblem is a path like a logo */
  if (read_string (r, object, "funding_notice", FALSE, MAX_LONG_TEXT, &text))
    g_object_set (conference, "funding-notice", text, NULL);
  if (read_string (r, object, "funding_emblem", FALSE, MAX_SHORT_TEXT, &text))
    g_object_set (conference, "funding-emblem", text, NULL);
  if (read_string (r, object, "recording_notice", FALSE, MAX_LONG_TEXT, &text))
    g_object_set (conference, "recording-notice", text, NULL);
  {
    int deadline;

    if (read_date (r, object, "registration_deadline", FALSE, &deadline))
      g_object_set (conference, "registration-deadline", deadline, NULL);
  }

  if (read_date (r, object, "start_date", TRUE, &start_date))
    g_object_set (conference, "start-date", start_date, NULL);
  if (read_date (r, object, "end_date", TRUE, &end_date))
    g_object_set (conference, "end-date", end_date, NULL);
  if (start_date != PODIUM_DATE_NONE && end_date != PODIUM_DATE_NONE)
    {
      if (end_date < start_date)
        problem (r, "end_date", _("the conference ends before it starts"));
      else if (end_date - start_date > 366)
        problem (r, "end_date", _("a conference of more than a year is not supported"));
    }

  if (read_clock (r, object, "day_start", &minutes))
    g_object_set (conference, "day-start", minutes, NULL);
  if (read_clock (r, object, "day_end", &minutes))
    g_object_set (conference, "day-end", minutes, NULL);

  if (read_string (r, object, "time_zone", FALSE, MAX_SHORT_TEXT, &text) && text)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (text);

      if (tz == NULL)
        problem (r, "time_zone", _("unknown time zone “%s”"), text);
      else
        g_object_set (conference, "time-zone", text, NULL);
    }

  if (read_int (r, object, "slot_minutes", 1, 60, &number))
    g_object_set (conference, "slot-minutes", (int) number, NULL);
  if (read_int (r, object, "expected_attendance", 0, MAX_COUNT, &number))
    g_object_set (conference, "expected-attendance", (int) number, NULL);

  if ((venue = get_object (r, json_object_get_member (object, "venue"), "venue")))
    {
      static const char * const venue_strings[] = { "name", "address", "city", NULL };
      static const char * const venue_properties[] = { "venue-name", "venue-address", "venue-city" };
      gsize len = push_key (r, "venue");
      JsonObject *extra;

      for (guint i = 0; venue_strings[i]; i++)
        if (read_string (r, venue, venue_strings[i], FALSE, MAX_SHORT_TEXT, &text) && text)
          g_object_set (conference, venue_properties[i], text, NULL);
      pop_path (r, len);

      /* The venue's own unknown members live under the conference's extra "venue" */
      if ((extra = collect_extra (venue, venue_keys)))
        {
          JsonObject *conference_extra = collect_extra (object, conference_keys);

          if (conference_extra == NULL)
            conference_extra = json_object_new ();
          json_object_set_object_member (conference_extra, "venue", extra);
          podium_object_set_extra (PODIUM_OBJECT (conference), conference_extra);
          json_object_unref (conference_extra);
        }
      else
        set_extra (conference, object, conference_keys);
    }
  else
    set_extra (conference, object, conference_keys);

  g_object_set (conference,
                "host", read_ref (r, object, "host", r->organizations, _("organization")),
                NULL);

  if ((co = get_array (r, object, "co_organizers")))
    {
      g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
      gsize len = push_key (r, "co_organizers");

      for (guint i = 0; i < json_array_get_length (co); i++)
        {
          JsonNode *node = json_array_get_element (co, i);
          g_autofree char *index = g_strdup_printf ("%u", i);
          gpointer organization;

          if (!is_value_of (node, G_TYPE_STRING))
            problem (r, index, _("must be a text, not %s"), node_kind (node));
          else if (!(organization = g_hash_table_lookup (r->organizations, json_node_get_string (node))))
            problem (r, index, _("no %s with id “%s”"), _("organization"), json_node_get_string (node));
          else
            g_ptr_array_add (list, g_object_ref (organization));
        }
      pop_path (r, len);

      if (list->len > 0)
        g_object_set (conference, "co-organizers", list, NULL);
    }
}

/* A problem the scan before parsing found, at LINE:COLUMN */
typedef struct
{
  char  *message;
  guint  line;
  guint  column;
} ScanProblem;

static void
scan_problem (ScanProblem *problem,
              guint        line,
              guint        column,
              const char  *message)
{
  if (problem->message != NULL)
    return;
  problem->message = g_strdup (message);
  problem->line = line;
  problem->column = column;
}

/* Scans what json-glib would crash on, accept wrongly or hand on as text that is not what
 * the file says. Nesting too deep (its parser recurses) is @fatal: json-glib must not see
 * the text. The rest goes to @lenient, and the scan goes on for the depth: escapes JSON has
 * not (json-glib's scanner makes "\333" the byte 0xDB and "\q" a q), an escaped NUL, half
 * a surrogate pair, a whole number past 64 bits (wrapped silently), single quotes and text
 * after the end (both accepted).
 */
static void
scan_json (const char  *data,
           gsize        size,
           ScanProblem *fatal,
           ScanProblem *lenient)
{
  guint line = 1, column = 0, depth = 0;
  guint escape_line = 0, escape_column = 0;
  gboolean in_string = FALSE, escaped = FALSE, high_surrogate = FALSE, ended = FALSE;

  for (const char *p = data; p < data + size; p++)
    {
      if (*p == '\n')
        line++, column = 0;
      column += (*p & 0xc0) != 0x80;

      if (in_string)
        {
          if (escaped)
            {
              if (strchr ("\"\\/bfnrtu", *p) == NULL ||
                  (*p == 'u' && (p + 4 >= data + size || !g_ascii_isxdigit (p[1]) ||
                                 !g_ascii_isxdigit (p[2]) || !g_ascii_isxdigit (p[3]) ||
                                 !g_ascii_isxdigit (p[4]))))
                scan_problem (lenient, escape_line, escape_column,
                              _("invalid escape in a text; JSON has \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX"));
              else if (*p == 'u')
                {
                  char hex[5] = { p[1], p[2], p[3], p[4], 0 };
                  guint code = (guint) g_ascii_strtoull (hex, NULL, 16);

                  if (code == 0)
                    scan_problem (lenient, escape_line, escape_column, _("the text contains a NUL character (\\u0000)"));
                  else if ((code >= 0xdc00 && code <= 0xdfff) != high_surrogate)
                    scan_problem (lenient, escape_line, escape_column, _("the text contains half a surrogate pair"));
                  high_surrogate = code >= 0xd800 && code <= 0xdbff;
                }
              else if (high_surrogate)
                scan_problem (lenient, escape_line, escape_column, _("the text contains half a surrogate pair"));
              escaped = FALSE;
            }
          else if (*p == '\\')
            {
              escaped = TRUE;
              escape_line = line, escape_column = column;
            }
          else if (high_surrogate)
            {
              scan_problem (lenient, line, column, _("the text contains half a surrogate pair"));
              high_surrogate = FALSE;
            }
          else if (*p == '"')
            in_string = FALSE;
          continue;
        }

      if (g_ascii_isspace (*p))
        continue;
      if (ended)
        scan_problem (lenient, line, column, _("unexpected text after the end of the document"));

      if (*p == '"')
        in_string = TRUE;
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          const char *q = p + (*p == '-');
          guint digits = 0;
          gboolean whole = TRUE;

          for (; q < data + size && (g_ascii_isdigit (*q) || strchr (".eE+-", *q)); q++)
            if (g_ascii_isdigit (*q))
              digits++;
            else
              whole = FALSE;
          if (whole && digits > 18)
            {
              g_autofree char *message = g_strdup_printf (_("the number %.*s is too large"),
                                                          (int) (q - p), p);
              scan_problem (lenient, line, column, message);
            }
          column += (guint) (q - p - 1);
          p = q - 1;
        }
      else if (*p == '\'')
        scan_problem (lenient, line, column, _("single quotes are not JSON; use double quotes"));
      else if (*p == '[' || *p == '{')
        {
          if (++depth > MAX_DEPTH)
            {
              g_autofree char *message = g_strdup_printf (_("nested more than %d levels deep"), MAX_DEPTH);
              scan_problem (fatal, line, column, message);
              return;
            }
        }
      else if ((*p == ']' || *p == '}') && depth > 0)
        ended = --depth == 0;
    }
}

/* json-glib says "<data>:LINE:COLUMN: Parse error: MESSAGE" with text it quotes cut in the
 * middle of a character; Podium says "FILE:LINE:COLUMN: error: …" in valid UTF-8 */
static char *
json_glib_error (const char *name,
                 const char *message,
                 guint      *line,
                 guint      *column)
{
  int consumed = 0;

  *line = *column = G_MAXUINT;
  if (sscanf (message, "<data>:%u:%u: %n", line, column, &consumed) == 2 && consumed > 0)
    {
      const char *rest = message + consumed;
      g_autofree char *valid = NULL;

      if (g_str_has_prefix (rest, "Parse error: "))
        rest += strlen ("Parse error: ");
      valid = g_utf8_make_valid (rest, -1);
      return g_strdup_printf (_("%s:%u:%u: error: %s"), name, *line, *column, valid);
    }
  {
    g_autofree char *valid = g_utf8_make_valid (message, -1);

    return g_strdup_printf (_("%s: error: %s"), name, valid);
  }
}

JsonParser *
podium_format_parse_json (const char  *name,
                          const char  *data,
                          gsize        size,
                          GPtrArray   *errors)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  ScanProblem fatal = { 0 }, lenient = { 0 };
  const char *end = NULL;
  guint line = 1, column = 1;

  if (size == 0)
    {
      g_ptr_array_add (errors, g_strdup_printf (_("%s: error: the file is empty"), name));
      return NULL;
    }

  if (!g_utf8_validate (data, size, &end))
    {
      for (const char *p = data; p < end; p++)
        if (*p == '\n')
          line++, column = 1;
        else if ((*p & 0xc0) != 0x80)
          column++;
      if (*end == '\0')
        g_ptr_array_add (errors, g_strdup_printf (_("%s:%u:%u: error: the file contains a NUL byte"), name, line, column));
      else
        g_ptr_array_add (errors, g_strdup_printf (_("%s:%u:%u: error: the file is not valid UTF-8 text"), name, line, column));
      return NULL;
    }

  scan_json (data, size, &fatal, &lenient);
  if (fatal.message != NULL)
    {
      g_ptr_array_add (errors, g_strdup_printf (_("%s:%u:%u: error: %s"), name, fatal.line,
                                                fatal.column, fatal.message));
      g_free (fatal.message);
      g_free (lenient.message);
      return NULL;
    }

  /* The first problem in the file is the one to name: a broken quote before an escape
   * makes every later string look wrong */
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) size, &parse_error))
    {
      char *message = json_glib_error (name, parse_error->message, &line, &column);

      if (lenient.message == NULL || line < lenient.line ||
          (line == lenient.line && column <= lenient.column))
        {
          g_ptr_array_add (errors, message);
          g_free (lenient.message);
          return NULL;
        }
      g_free (message);
    }
  if (lenient.message != NULL)
    {
      g_ptr_array_add (errors, g_strdup_printf (_("%s:%u:%u: error: %s"), name, lenient.line,
                                                lenient.column, lenient.message));
      g_free (lenient.message);
      return NULL;
    }

  return g_steal_pointer (&parser);
}

PodiumDocument *
podium_json_read_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(PodiumDocument) document = NULL;
  g_autoptr(GString) path = NULL;
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *top, *conference;
  JsonNode *root, *node;
  const char *data;
  gsize size;
  Reader r = { 0 };
  int code = PODIUM_FORMAT_ERROR_STRUCTURE;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = podium_format_bytes_data (bytes, &display_name, &size, error);
  if (data == NULL)
    return NULL;

  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      g_ptr_array_add (errors, g_strdup_printf (_("%s:1:1: error: the file starts with a byte-order mark; Podium documents are UTF-8 without one"), display_name));
      code = PODIUM_FORMAT_ERROR_SYNTAX;
      goto failure;
    }
  if (!(parser = podium_format_parse_json (display_name, data, size, errors)))
    {
      code = PODIUM_FORMAT_ERROR_SYNTAX;
      goto failure;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_ptr_array_add (errors, g_strdup_printf (_("%s: error: a Podium document is a JSON object, not %s"),
                                                display_name, root ? node_kind (root) : _("nothing")));
      goto failure;
    }
  top = json_node_get_object (root);

  path = g_string_new (NULL);
  document = podium_document_new ();
  podium_document_begin_load (document);
  r.name = display_name;
  r.errors = errors;
  r.path = path;
  r.document = document;

  node = json_object_get_member (top, "format");
  if (node == NULL)
    {
      g_ptr_array_add (errors, g_strdup_printf (_("%s: error: /format: missing; a Podium document says \"format\": \"podium\""),
                                                display_name));
      goto failure;
    }
  if (!is_value_of (node, G_TYPE_STRING) || g_strcmp0 (json_node_get_string (node), "podium") != 0)
    {
      g_ptr_array_add (errors, g_strdup_printf (_("%s: error: /format: not a Podium document (the format is %s%s%s, not “podium”)"),
                                                display_name,
                                                is_value_of (node, G_TYPE_STRING) ? "“" : "",
                                                is_value_of (node, G_TYPE_STRING) ? json_node_get_string (node) : node_kind (node),
                                                is_value_of (node, G_TYPE_STRING) ? "”" : ""));
      goto failure;
    }

  node = json_object_get_member (top, "version");
  if (node == NULL || !is_value_of (node, G_TYPE_INT64) || json_node_get_int (node) < 1)
    {
      if (node == NULL)
        problem (&r, "version", _("missing required member"));
      else
        problem (&r, "version", _("must be a whole number from 1, not %s"), node_kind (node));
      goto failure;
    }
  if (json_node_get_int (node) > PODIUM_JSON_VERSION)
    {
      g_ptr_array_add (errors, g_strdup_printf (_("%s: error: /version: written by a newer version of Podium (file format %lld; this Podium reads up to %d); please update Podium to open it"),
                                                display_name, (long long) json_node_get_int (node), PODIUM_JSON_VERSION));
      code = PODIUM_FORMAT_ERROR_VERSION;
      goto failure;
    }

  r.organizations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.rooms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.participants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.participant_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* References point backwards in this order; the conference refers to organisations */
  read_array (&r, top, "organizations", read_organization);
  read_array (&r, top, "people", read_person);
  read_array (&r, top, "rooms", read_room);
  read_array (&r, top, "sessions", read_session);
  read_array (&r, top, "acknowledged", read_acknowledgement);
  read_array (&r, top, "versions", read_version);
  read_array (&r, top, "participants", read_participant);
  read_array (&r, top, "participant_counts", read_participant_count);

  node = json_object_get_member (top, "conference");
  if (node == NULL)
    problem (&r, "conference", _("missing required member"));
  else if ((conference = get_object (&r, node, "conference")))
    {
      gsize len = push_key (&r, "conference");
      read_conference (&r, conference);
      pop_path (&r, len);
    }

  if ((extra = collect_extra (top, top_keys)))
    podium_document_set_extra (document, extra);

  g_clear_pointer (&r.organizations, g_hash_table_unref);
  g_clear_pointer (&r.people, g_hash_table_unref);
  g_clear_pointer (&r.rooms, g_hash_table_unref);
  g_clear_pointer (&r.sessions, g_hash_table_unref);
  g_clear_pointer (&r.versions, g_hash_table_unref);
  g_clear_pointer (&r.participants, g_hash_table_unref);
  g_clear_pointer (&r.participant_counts, g_hash_table_unref);

  if (errors->len > 0)
    goto failure;

  podium_document_end_load (document);
  return g_steal_pointer (&document);

failure:
  g_clear_pointer (&r.organizations, g_hash_table_unref);
  g_clear_pointer (&r.people, g_hash_table_unref);
  g_clear_pointer (&r.rooms, g_hash_table_unref);
  g_clear_pointer (&r.sessions, g_hash_table_unref);
  g_clear_pointer (&r.versions, g_hash_table_unref);
  g_clear_pointer (&r.participants, g_hash_table_unref);
  g_clear_pointer (&r.participant_counts, g_hash_table_unref);
  g_ptr_array_add (errors, NULL);
  {
    g_autofree char *message = g_strjoinv ("\n", (char **) errors->pdata);
    g_set_error_literal (error, PODIUM_FORMAT_ERROR, code, message);
  }
  return NULL;
}

PodiumDocument *
podium_json_read_file (GFile   *file,
                       GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = podium_format_load_bytes (file, NULL, NULL, error)))
    return NULL;

  name = g_file_get_parse_name (file);
  return podium_json_read_bytes (bytes, name, error);
}

/* Writing */

/* Sets a string member from a newly allocated string */
#define put_owned_string(o, k, v) \
  G_STMT_START { g_autofree char *_v = (v); json_object_set_string_member ((o), (k), _v); } G_STMT_END

static void
put_string (JsonObject *object,
            const char *key,
            const char *value)
{
  if (value != NULL && value[0] != '\0')
    json_object_set_string_member (object, key, value);
}

/* Writes string properties of the same name as @keys (with '-' for '_') */
static void
put_strings (JsonObject         *object,
             gpointer            source,
             const char * const *keys)
{
  for (guint i = 0; keys[i]; i++)
    {
      g_autofree char *property = g_strdelimit (g_strdup (keys[i]), "_", '-');
      g_autofree char *value = NULL;

      g_object_get (source, property, &value, NULL);
      put_string (object, keys[i], value);
    }
}

static void
put_int (JsonObject *object,
         const char *key,
         gint64      value)
{
  if (value != 0)
    json_object_set_int_member (object, key, value);
}

static void
put_ref (JsonObject *object,
         const char *key,
         gpointer    target)
{
  if (target != NULL)
    json_object_set_string_member (object, key, podium_object_get_id (target));
}

static void
put_enum (JsonObject *object,
          const char *key,
          GType       type,
          int         value)
{
  json_object_set_string_member (object, key, podium_enum_to_nick (type, value));
}

static void
put_date (JsonObject *object,
          const char *key,
          int         date)
{
  if (date != PODIUM_DATE_NONE)
    put_owned_string (object, key, podium_time_format_date (date));
}

static void
put_time (JsonObject *object,
          const char *key,
          gint64      time)
{
  if (time != PODIUM_TIME_NONE)
    put_owned_string (object, key, podium_time_format (time));
}

static void
put_extra (JsonObject *object,
           JsonObject *extra)
{
  g_autoptr(GList) members = NULL;

  if (extra == NULL)
    return;

  members = json_object_get_members (extra);
  for (const GList *l = members; l; l = l->next)
    if (!json_object_has_member (object, l->data))
      json_object_set_member (object, l->data, json_node_copy (json_object_get_member (extra, l->data)));
}

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

typedef JsonObject *(*WriteItemFunc) (gpointer item);

static JsonArray *
write_list (GListModel    *model,
            WriteItemFunc  write_item)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      json_array_add_element (array, object_node (write_item (item)));
    }
  return array;
}

static JsonObject *
write_organization (gpointer item)
{
  static const char * const strings[] = { "short_name", "region", NULL };
  static const char * const more[] = { "color", "website", "notes", "logo", NULL };
  JsonObject *object = json_object_new ();

  put_string (object, "id", podium_object_get_id (item));
  json_object_set_string_member (object, "name", podium_organization_get_name (item));
  put_strings (object, item, strings);
  put_enum (object, "kind", PODIUM_TYPE_ORGANIZATION_KIND, podium_organization_get_kind (item));
  put_strings (object, item, more);
  put_extra (object, podium_object_get_extra (item));
  return object;
}

static JsonObject *
write_person (gpointer item)
{
  static const char * const strings[] = { "honorific", "position", NULL };
  static const char * const more[] = { "email", "phone", "notes", NULL };
  JsonObject *object = json_object_new ();
  GPtrArray *availability = podium_person_get_availability (item);

  put_string (object, "id", podium_object_get_id (item));
  json_object_set_string_member (object, "name", podium_person_get_name (item));
  put_strings (object, item, strings);
  put_ref (object, "organization", podium_person_get_organization (item));
  put_strings (object, item, more);

  if (availability != NULL && availability->len > 0)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < availability->len; i++)
        {
          PodiumSpan *span = g_ptr_array_index (availability, i);
          JsonObject *window = json_object_new ();

          put_time (window, "start", span->start);
          put_time (window, "end", span->end);
          put_extra (window, span->extra);
          json_array_add_element (array, object_node (window));
        }
      json_object_set_array_member (object, "availability", array);
    }

  put_extra (object, podium_object_get_extra (item));
  return object;
}

static JsonObject *
write_room (gpointer item)
{
  static const char * const strings[] = { "theme", "location", NULL };
  JsonObject *object = json_object_new ();
  guint equipment = podium_room_get_equipment (item);

  put_string (object, "id", podium_object_get_id (item));
  json_object_set_string_member (object, "name", podium_room_get_name (item));
  put_enum (object, "kind", PODIUM_TYPE_ROOM_KIND, podium_room_get_kind (item));
  put_int (object, "capacity", podium_room_get_capacity (item));
  put_strings (object, item, strings);

  if (equipment != 0)
    {
      JsonArray *array = json_array_new ();

      for (guint bit = 1; bit <= PODIUM_EQUIPMENT_STREAMING; bit <<= 1)
        if (equipment & bit)
          json_array_add_string_element (array, podium_enum_to_nick (PODIUM_TYPE_EQUIPMENT, (int) bit));
      json_object_set_array_member (object, "equipment", array);
    }

  put_string (object, "color", podium_room_get_color (item));
  put_extra (object, podium_object_get_extra (item));
  return object;
}

static JsonObject *
write_role (gpointer item)
{
  JsonObject *object = json_object_new ();

  put_enum (object, "role", PODIUM_TYPE_ROLE_KIND, podium_role_get_role (item));
  put_ref (object, "person", podium_role_get_person (item));
  put_ref (object, "organization", podium_role_get_organization (item));
  put_extra (object, podium_object_get_extra (item));
  return object;
}

static gboolean
video_is_empty (PodiumVideo *video)
{
  return podium_video_get_file (video) == NULL &&
         podium_video_get_duration (video) < 0 &&
         podium_video_get_thumbnail (video) == NULL &&
         podium_video_get_status (video) == PODIUM_VIDEO_REQUESTED &&
         podium_video_get_contact (video) == NULL &&
         podium_video_get_received (video) == PODIUM_DATE_NONE &&
         !podium_video_get_subtitles (video) &&
         podium_video_get_notes (video) == NULL &&
         podium_object_get_extra (PODIUM_OBJECT (video)) == NULL;
}

static JsonObject *
write_video (PodiumVideo *video)
{
  JsonObject *object = json_object_new ();

  put_string (object, "file", podium_video_get_file (video));
  if (podium_video_get_duration (video) >= 0)
    json_object_set_int_member (object, "duration_seconds", podium_video_get_duration (video));
  put_string (object, "thumbnail", podium_video_get_thumbnail (video));
  put_enum (object, "status", PODIUM_TYPE_VIDEO_STATUS, podium_video_get_status (video));
  put_ref (object, "contact", podium_video_get_contact (video));
  put_date (object, "received", podium_video_get_received (video));
  if (podium_video_get_subtitles (video))
    json_object_set_boolean_member (object, "subtitles", TRUE);
  put_string (object, "notes", podium_video_get_notes (video));
  put_extra (object, podium_object_get_extra (PODIUM_OBJECT (video)));
  return object;
}

static JsonObject *
write_session (gpointer item)
{
  static const char * const strings[] = { "language", "track", NULL };
  static const char * const texts[] = { "abstract", "notes", NULL };
  JsonObject *object = json_object_new ();
  PodiumVideo *video = podium_session_get_video (item);
  GListModel *roles = podium_session_get_roles (item);
  const char * const *tags = podium_session_get_tags (item);

  put_string (object, "id", podium_object_get_id (item));
  json_object_set_string_member (object, "title", podium_session_get_title (item));
  put_string (object, "subtitle", podium_session_get_subtitle (item));
  put_enum (object, "kind", PODIUM_TYPE_SESSION_KIND, podium_session_get_kind (item));
  put_enum (object, "status", PODIUM_TYPE_SESSION_STATUS, podium_session_get_status (item));
  put_time (object, "start", podium_session_get_start (item));
  json_object_set_int_member (object, "duration", podium_session_get_duration (item));
  put_ref (object, "room", podium_session_get_room (item));
  if (podium_session_get_all_rooms (item) && podium_session_get_room (item) == NULL)
    json_object_set_boolean_member (object, "all_rooms", TRUE);
  put_int (object, "expected_attendance", podium_session_get_expected_attendance (item));
  put_strings (object, item, strings);

  if (tags != NULL && tags[0] != NULL)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; tags[i]; i++)
        json_array_add_string_element (array, tags[i]);
      json_object_set_array_member (object, "tags", array);
    }

  if (g_list_model_get_n_items (roles) > 0)
    json_object_set_array_member (object, "roles", write_list (roles, write_role));

  if (podium_session_get_kind (item) == PODIUM_SESSION_VIDEO_MESSAGE || !video_is_empty (video))
    json_object_set_object_member (object, "video", write_video (video));

  put_strings (object, item, texts);
  put_extra (object, podium_object_get_extra (item));
  return object;
}

static void
put_session_list (JsonObject *object,
                  const char *key,
                  GPtrArray  *sessions)
{
  JsonArray *array;

  if (sessions == NULL || sessions->len == 0)
    return;
  array = json_array_new ();
  for (guint i = 0; i < sessions->len; i++)
    json_array_add_string_element (array, podium_object_get_id (g_ptr_array_index (sessions, i)));
  json_object_set_array_member (object, key, array);
}

static JsonObject *
write_participant (gpointer item)
{
  static const char * const strings[] = {
    "organization_name", "position", "email", "region", "notes", NULL
  };
  JsonObject *object = json_object_new ();

  put_string (object, "id", podium_object_get_id (item));
  json_object_set_string_member (object, "name", podium_participant_get_name (item));
  put_ref (object, "organization", podium_participant_get_organization (item));
  put_strings (object, item, strings);
  put_enum (object, "status", PODIUM_TYPE_PARTICIPANT_STATUS, podium_participant_get_status (item));
  put_session_list (object, "first_choices", podium_participant_get_first_choices (item));
  put_session_list (object, "second_choices", podium_participant_get_second_choices (item));
  put_session_list (object, "assigned", podium_participant_get_assigned (item));
  put_extra (object, podium_object_get_extra (item));
  return object;
}

static JsonObject *
write_participant_count (gpointer item)
{
  static const char * const strings[] = { "organization_name", "region", NULL };
  JsonObject *object = json_object_new ();

  put_string (object, "id", podium_object_get_id (item));
  put_ref (object, "organization", podium_participant_count_get_organization (item));
  put_strings (object, item, strings);
  json_object_set_int_member (object, "count", podium_participant_count_get_count (item));
  put_int (object, "attended", podium_participant_count_get_attended (item));
  put_extra (object, podium_object_get_extra (item));
  return object;
}

static JsonObject *
write_acknowledgement (gpointer item)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "rule", podium_acknowledgement_get_rule (item));
  json_object_set_string_member (object, "key", podium_acknowledgement_get_key (item));
  put_string (object, "note", podium_acknowledgement_get_note (item));
  put_extra (object, podium_object_get_extra (item));
  return object;
}

static JsonObject *
write_approval (gpointer item)
{
  JsonObject *object = json_object_new ();

  put_ref (object, "organization", podium_approval_get_organization (item));
  put_string (object, "by", podium_approval_get_by (item));
  put_time (object, "date", podium_approval_get_date (item));
  put_string (object, "note", podium_approval_get_note (item));
  put_extra (object, podium_object_get_extra (item));
  return object;
}

static JsonObject *
write_snapshot_session (PodiumSnapshotSession *entry)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "session", entry->session);
  json_object_set_string_member (object, "title", entry->title);
  put_enum (object, "kind", PODIUM_TYPE_SESSION_KIND, entry->kind);
  put_time (object, "start", entry->start);
  put_time (object, "end", entry->end);
  put_string (object, "room", entry->room);
  put_string (object, "room_name", entry->room_name);
  if (entry->all_rooms)
    json_object_set_boolean_member (object, "all_rooms", TRUE);
  if (entry->cancelled)
    json_object_set_boolean_member (object, "cancelled", TRUE);

  if (entry->people->len > 0)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < entry->people->len; i++)
        {
          PodiumSnapshotPerson *person = g_ptr_array_index (entry->people, i);
          JsonObject *member = json_object_new ();

          put_enum (member, "role", PODIUM_TYPE_ROLE_KIND, person->role);
          json_object_set_string_member (member, "person", person->person);
          json_object_set_string_member (member, "name", person->name);
          put_extra (member, person->extra);
          json_array_add_element (array, object_node (member));
        }
      json_object_set_array_member (object, "people", array);
    }

  put_extra (object, entry->extra);
  return object;
}

static JsonObject *
write_version (gpointer item)
{
  JsonObject *object = json_object_new ();
  GListModel *approvals = podium_version_get_approvals (item);
  GPtrArray *programme = podium_version_get_programme (item);

  put_string (object, "id", podium_object_get_id (item));
  json_object_set_string_member (object, "name", podium_version_get_name (item));
  put_string (object, "note", podium_version_get_note (item));
  put_time (object, "published", podium_version_get_published (item));
  put_string (object, "publisher", podium_version_get_publisher (item));
  if (g_list_model_get_n_items (approvals) > 0)
    json_object_set_array_member (object, "approvals", write_list (approvals, write_approval));

  if (programme != NULL && programme->len > 0)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < programme->len; i++)
        json_array_add_element (array, object_node (write_snapshot_session (g_ptr_array_index (programme, i))));
      json_object_set_array_member (object, "programme", array);
    }

  put_extra (object, podium_object_get_extra (item));
  return object;
}

static JsonObject *
write_conference (PodiumConference *conference)
{
  static const char * const head[] = { "subtitle", "acronym", "description", NULL };
  static const char * const tail[] = { "contact", "website", NULL };
  JsonObject *object = json_object_new ();
  JsonObject *extra = podium_object_get_extra (PODIUM_OBJECT (conference));
  JsonObject *venue = json_object_new ();
  GPtrArray *co = podium_conference_get_co_organizers (conference);
  const char *title = podium_conference_get_title (conference);

  json_object_set_string_member (object, "title", title ? title : "");
  put_strings (object, conference, head);
  put_date (object, "start_date", podium_conference_get_start_date (conference));
  put_date (object, "end_date", podium_conference_get_end_date (conference));
  put_owned_string (object, "day_start",
                                  podium_time_format_clock (podium_conference_get_day_start (conference)));
  put_owned_string (object, "day_end",
                                  podium_time_format_clock (podium_conference_get_day_end (conference)));
  json_object_set_string_member (object, "time_zone", podium_conference_get_time_zone (conference));
  put_string (object, "language", podium_conference_get_language (conference));

  put_string (venue, "name", podium_conference_get_venue_name (conference));
  put_string (venue, "address", podium_conference_get_venue_address (conference));
  put_string (venue, "city", podium_conference_get_venue_city (conference));
  if (extra && json_object_has_member (extra, "venue") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (extra, "venue")))
    put_extra (venue, json_object_get_object_member (extra, "venue"));
  if (json_object_get_size (venue) > 0)
    json_object_set_object_member (object, "venue", venue);
  else
    json_object_unref (venue);

  put_ref (object, "host", podium_conference_get_host (conference));
  if (co != NULL && co->len > 0)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < co->len; i++)
        json_array_add_string_element (array, podium_object_get_id (g_ptr_array_index (co, i)));
      json_object_set_array_member (object, "co_organizers", array);
    }
  put_int (object, "expected_attendance", podium_conference_get_expected_attendance (conference));
  put_strings (object, conference, tail);
  json_object_set_int_member (object, "slot_minutes", podium_conference_get_slot_minutes (conference));
  put_string (object, "updated", podium_conference_get_updated (conference));
  put_string (object, "updated_by", podium_conference_get_updated_by (conference));
  put_string (object, "funding_notice", podium_conference_get_funding_notice (conference));
  put_string (object, "funding_emblem", podium_conference_get_funding_emblem (conference));
  put_string (object, "recording_notice", podium_conference_get_recording_notice (conference));
  put_date (object, "registration_deadline", podium_conference_get_registration_deadline (conference));
  put_extra (object, extra);
  return object;
}

/**
 * podium_json_write:
 * @length: (out) (optional): the length of the text in bytes
 *
 * Returns: (transfer full): the document's file contents
 */
char *
podium_json_write (PodiumDocument *document,
                   gsize          *length)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top;
  g_autofree char *text = NULL;
  char *result;
  gsize len;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  top = json_object_new ();
  json_object_set_string_member (top, "format", "podium");
  json_object_set_int_member (top, "version", PODIUM_JSON_VERSION);
  json_object_set_object_member (top, "conference",
                                 write_conference (podium_document_get_conference (document)));
  json_object_set_array_member (top, "organizations",
                                write_list (podium_document_get_organizations (document), write_organization));
  json_object_set_array_member (top, "people",
                                write_list (podium_document_get_people (document), write_person));
  json_object_set_array_member (top, "rooms",
                                write_list (podium_document_get_rooms (document), write_room));
  json_object_set_array_member (top, "sessions",
                                write_list (podium_document_get_sessions (document), write_session));
  json_object_set_array_member (top, "acknowledged",
                                write_list (podium_document_get_acknowledgements (document), write_acknowledgement));
  /* Optional, so that a plan never published is written as before */
  if (g_list_model_get_n_items (podium_document_get_versions (document)) > 0)
    json_object_set_array_member (top, "versions",
                                  write_list (podium_document_get_versions (document), write_version));
  /* Likewise: a plan without participants is written as before */
  if (g_list_model_get_n_items (podium_document_get_participants (document)) > 0)
    json_object_set_array_member (top, "participants",
                                  write_list (podium_document_get_participants (document), write_participant));
  if (g_list_model_get_n_items (podium_document_get_participant_counts (document)) > 0)
    json_object_set_array_member (top, "participant_counts",
                                  write_list (podium_document_get_participant_counts (document),
                                              write_participant_count));
  put_extra (top, podium_document_get_extra (document));
  root = object_node (top);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &len);

  result = g_strconcat (text, "\n", NULL);
  if (length)
    *length = len + 1;
  return result;
}

gboolean
podium_json_save_file (PodiumDocument  *document,
                       GFile           *file,
                       const char      *etag,
                       char           **new_etag,
                       GError         **error)
{
  g_autofree char *text = NULL;
  gsize length;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = podium_json_write (document, &length);

  /* g_file_replace_contents() writes a temporary file and renames it over the target
   * (and, with make_backup, keeps the old one as "FILE~"), so a crash leaves either
   * the old file or the new one, whole. */
  return g_file_replace_contents (file, text, length, etag, TRUE, G_FILE_CREATE_NONE,
                                  new_etag, NULL, error);
}
