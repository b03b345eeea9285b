/* podium-video.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-video.h"
#include "podium-person.h"

struct _PodiumVideo
{
  PodiumObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumVideo, podium_video, PODIUM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_DURATION,
  PROP_THUMBNAIL,
  PROP_STATUS,
  PROP_CONTACT,
  PROP_RECEIVED,
  PROP_SUBTITLES,
  PROP_NOTES,
  PROP_MISSING_FILE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podium_video_class_init (PodiumVideoClass *klass)
{
  properties [PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DURATION] =
    g_param_spec_int ("duration", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_THUMBNAIL] =
    g_param_spec_string ("thumbnail", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PODIUM_TYPE_VIDEO_STATUS, PODIUM_VIDEO_REQUESTED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL,
                         PODIUM_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_RECEIVED] =
    g_param_spec_int ("received", NULL, NULL,
                      G_MININT, G_MAXINT, PODIUM_DATE_NONE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SUBTITLES] =
    g_param_spec_boolean ("subtitles", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MISSING_FILE] =
    g_param_spec_string ("missing-file", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS |
                          PODIUM_PARAM_TRANSIENT));

  _podium_object_class_install_properties (klass, N_PROPS, properties);
}

static void
podium_video_init (PodiumVideo *self)
{
}

PodiumVideo *
podium_video_new (void)
{
  return g_object_new (PODIUM_TYPE_VIDEO, NULL);
}

const char *
podium_video_get_file (PodiumVideo *self)
{
  g_return_val_if_fail (PODIUM_IS_VIDEO (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_FILE));
}

int
podium_video_get_duration (PodiumVideo *self)
{
  g_return_val_if_fail (PODIUM_IS_VIDEO (self), 0);

  return g_value_get_int (_podium_object_peek (self, PROP_DURATION));
}

const char *
podium_video_get_thumbnail (PodiumVideo *self)
{
  g_return_val_if_fail (PODIUM_IS_VIDEO (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_THUMBNAIL));
}

PodiumVideoStatus
podium_video_get_status (PodiumVideo *self)
{
  g_return_val_if_fail (PODIUM_IS_VIDEO (self), 0);

  return g_value_get_enum (_podium_object_peek (self, PROP_STATUS));
}

PodiumPerson *
podium_video_get_contact (PodiumVideo *self)
{
  g_return_val_if_fail (PODIUM_IS_VIDEO (self), NULL);

  return g_value_get_object (_podium_object_peek (self, PROP_CONTACT));
}

int
podium_video_get_received (PodiumVideo *self)
{
  g_return_val_if_fail (PODIUM_IS_VIDEO (self), PODIUM_DATE_NONE);

  return g_value_get_int (_podium_object_peek (self, PROP_RECEIVED));
}

gboolean
podium_video_get_subtitles (PodiumVideo *self)
{
  g_return_val_if_fail (PODIUM_IS_VIDEO (self), 0);

  return g_value_get_boolean (_podium_object_peek (self, PROP_SUBTITLES));
}

const char *
podium_video_get_notes (PodiumVideo *self)
{
  g_return_val_if_fail (PODIUM_IS_VIDEO (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NOTES));
}

const char *
podium_video_get_missing_file (PodiumVideo *self)
{
  g_return_val_if_fail (PODIUM_IS_VIDEO (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_MISSING_FILE));
}
