/* podium-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-session.h"
#include "podium-room.h"
#include "podium-role.h"
#include "podium-video.h"

struct _PodiumSession
{
  PodiumObject parent_instance;
  GListStore  *roles;
  PodiumVideo *video;
};

G_DEFINE_FINAL_TYPE (PodiumSession, podium_session, PODIUM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_KIND,
  PROP_STATUS,
  PROP_ABSTRACT,
  PROP_NOTES,
  PROP_LANGUAGE,
  PROP_TRACK,
  PROP_TAGS,
  PROP_START,
  PROP_DURATION,
  PROP_ROOM,
  PROP_ALL_ROOMS,
  PROP_EXPECTED_ATTENDANCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podium_session_dispose (GObject *object)
{
  PodiumSession *self = (PodiumSession *)object;

  g_clear_object (&self->roles);
  g_clear_object (&self->video);

  G_OBJECT_CLASS (podium_session_parent_class)->dispose (object);
}

static void
podium_session_class_init (PodiumSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = podium_session_dispose;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PODIUM_TYPE_SESSION_KIND, PODIUM_SESSION_TALK,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PODIUM_TYPE_SESSION_STATUS, PODIUM_STATUS_DRAFT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ABSTRACT] =
    g_param_spec_string ("abstract", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TRACK] =
    g_param_spec_string ("track", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_START] =
    g_param_spec_int64 ("start", NULL, NULL,
                        G_MININT64, G_MAXINT64, PODIUM_TIME_NONE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DURATION] =
    g_param_spec_int ("duration", NULL, NULL,
                      1, PODIUM_SESSION_MAX_DURATION, 30,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ROOM] =
    g_param_spec_object ("room", NULL, NULL,
                         PODIUM_TYPE_ROOM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ALL_ROOMS] =
    g_param_spec_boolean ("all-rooms", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EXPECTED_ATTENDANCE] =
    g_param_spec_int ("expected-attendance", NULL, NULL,
                      0, 10000000, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _podium_object_class_install_properties (klass, N_PROPS, properties);
}

static void
podium_session_init (PodiumSession *self)
{
  self->roles = g_list_store_new (PODIUM_TYPE_ROLE);
  self->video = podium_video_new ();
}

PodiumSession *
podium_session_new (void)
{
  return g_object_new (PODIUM_TYPE_SESSION, NULL);
}

const char *
podium_session_get_title (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_TITLE));
}

const char *
podium_session_get_subtitle (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_SUBTITLE));
}

PodiumSessionKind
podium_session_get_kind (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), 0);

  return g_value_get_enum (_podium_object_peek (self, PROP_KIND));
}

PodiumSessionStatus
podium_session_get_status (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), 0);

  return g_value_get_enum (_podium_object_peek (self, PROP_STATUS));
}

const char *
podium_session_get_abstract (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_ABSTRACT));
}

const char *
podium_session_get_notes (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NOTES));
}

const char *
podium_session_get_language (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_LANGUAGE));
}

const char *
podium_session_get_track (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_TRACK));
}

const char * const *
podium_session_get_tags (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), NULL);

  return (const char * const *) g_value_get_boxed (_podium_object_peek (self, PROP_TAGS));
}

gint64
podium_session_get_start (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), PODIUM_TIME_NONE);

  return g_value_get_int64 (_podium_object_peek (self, PROP_START));
}

int
podium_session_get_duration (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), 0);

  return g_value_get_int (_podium_object_peek (self, PROP_DURATION));
}

PodiumRoom *
podium_session_get_room (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), NULL);

  return g_value_get_object (_podium_object_peek (self, PROP_ROOM));
}

gboolean
podium_session_get_all_rooms (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), 0);

  return g_value_get_boolean (_podium_object_peek (self, PROP_ALL_ROOMS));
}

int
podium_session_get_expected_attendance (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), 0);

  return g_value_get_int (_podium_object_peek (self, PROP_EXPECTED_ATTENDANCE));
}

GListModel *
podium_session_get_roles (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->roles);
}

PodiumVideo *
podium_session_get_video (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), NULL);

  return self->video;
}

gboolean
podium_session_is_scheduled (PodiumSession *self)
{
  g_return_val_if_fail (PODIUM_IS_SESSION (self), FALSE);

  return podium_session_get_start (self) != PODIUM_TIME_NONE &&
         (podium_session_get_room (self) != NULL || podium_session_get_all_rooms (self));
}

gint64
podium_session_get_end (PodiumSession *self)
{
  gint64 start;

  g_return_val_if_fail (PODIUM_IS_SESSION (self), PODIUM_TIME_NONE);

  start = podium_session_get_start (self);
  if (start == PODIUM_TIME_NONE)
    return PODIUM_TIME_NONE;

  return start + podium_session_get_duration (self);
}
