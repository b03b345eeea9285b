/* podium-version.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-version.h"

struct _PodiumApproval
{
  PodiumObject parent_instance;
};

struct _PodiumVersion
{
  PodiumObject  parent_instance;

  GListStore   *approvals;
};

G_DEFINE_FINAL_TYPE (PodiumApproval, podium_approval, PODIUM_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (PodiumVersion, podium_version, PODIUM_TYPE_OBJECT)

enum {
  APPROVAL_PROP_0,
  APPROVAL_PROP_ORGANIZATION,
  APPROVAL_PROP_BY,
  APPROVAL_PROP_DATE,
  APPROVAL_PROP_NOTE,
  APPROVAL_N_PROPS
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_NOTE,
  PROP_PUBLISHED,
  PROP_PUBLISHER,
  PROP_PROGRAMME,
  N_PROPS
};

static GParamSpec *approval_properties [APPROVAL_N_PROPS];
static GParamSpec *properties [N_PROPS];

/* Snapshots */

PodiumSnapshotPerson *
podium_snapshot_person_new (PodiumRoleKind  role,
                            const char     *person,
                            const char     *name)
{
  PodiumSnapshotPerson *self = g_new0 (PodiumSnapshotPerson, 1);

  self->role = role;
  self->person = g_strdup (person);
  self->name = g_strdup (name);
  return self;
}

void
podium_snapshot_person_free (PodiumSnapshotPerson *person)
{
  if (person == NULL)
    return;

  g_free (person->person);
  g_free (person->name);
  g_clear_pointer (&person->extra, json_object_unref);
  g_free (person);
}

PodiumSnapshotSession *
podium_snapshot_session_new (void)
{
  PodiumSnapshotSession *self = g_new0 (PodiumSnapshotSession, 1);

  self->start = PODIUM_TIME_NONE;
  self->end = PODIUM_TIME_NONE;
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_snapshot_person_free);
  return self;
}

void
podium_snapshot_session_free (PodiumSnapshotSession *session)
{
  if (session == NULL)
    return;

  g_free (session->session);
  g_free (session->title);
  g_free (session->room);
  g_free (session->room_name);
  g_clear_pointer (&session->people, g_ptr_array_unref);
  g_clear_pointer (&session->extra, json_object_unref);
  g_free (session);
}

/* PodiumApproval */

static void
podium_approval_class_init (PodiumApprovalClass *klass)
{
  approval_properties [APPROVAL_PROP_ORGANIZATION] =
    g_param_spec_object ("organization", NULL, NULL,
                         PODIUM_TYPE_ORGANIZATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  approval_properties [APPROVAL_PROP_BY] =
    g_param_spec_string ("by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  approval_properties [APPROVAL_PROP_DATE] =
    g_param_spec_int64 ("date", NULL, NULL,
                        G_MININT64, G_MAXINT64, PODIUM_TIME_NONE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  approval_properties [APPROVAL_PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _podium_object_class_install_properties (klass, APPROVAL_N_PROPS, approval_properties);
}

static void
podium_approval_init (PodiumApproval *self)
{
}

PodiumApproval *
podium_approval_new (void)
{
  return g_object_new (PODIUM_TYPE_APPROVAL, NULL);
}

PodiumOrganization *
podium_approval_get_organization (PodiumApproval *self)
{
  g_return_val_if_fail (PODIUM_IS_APPROVAL (self), NULL);

  return g_value_get_object (_podium_object_peek (self, APPROVAL_PROP_ORGANIZATION));
}

const char *
podium_approval_get_by (PodiumApproval *self)
{
  g_return_val_if_fail (PODIUM_IS_APPROVAL (self), NULL);

  return g_value_get_string (_podium_object_peek (self, APPROVAL_PROP_BY));
}

gint64
podium_approval_get_date (PodiumApproval *self)
{
  g_return_val_if_fail (PODIUM_IS_APPROVAL (self), PODIUM_TIME_NONE);

  return g_value_get_int64 (_podium_object_peek (self, APPROVAL_PROP_DATE));
}

const char *
podium_approval_get_note (PodiumApproval *self)
{
  g_return_val_if_fail (PODIUM_IS_APPROVAL (self), NULL);

  return g_value_get_string (_podium_object_peek (self, APPROVAL_PROP_NOTE));
}

/* PodiumVersion */

static void
podium_version_finalize (GObject *object)
{
  PodiumVersion *self = (PodiumVersion *)object;

  g_clear_object (&self->approvals);

  G_OBJECT_CLASS (podium_version_parent_class)->finalize (object);
}

static void
podium_version_class_init (PodiumVersionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podium_version_finalize;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PUBLISHED] =
    g_param_spec_int64 ("published", NULL, NULL,
                        G_MININT64, G_MAXINT64, PODIUM_TIME_NONE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A GPtrArray of PodiumSnapshotSession */
  properties [PROP_PROGRAMME] =
    g_param_spec_boxed ("programme", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _podium_object_class_install_properties (klass, N_PROPS, properties);
}

static void
podium_version_init (PodiumVersion *self)
{
  self->approvals = g_list_store_new (PODIUM_TYPE_APPROVAL);
}

PodiumVersion *
podium_version_new (void)
{
  return g_object_new (PODIUM_TYPE_VERSION, NULL);
}

const char *
podium_version_get_name (PodiumVersion *self)
{
  g_return_val_if_fail (PODIUM_IS_VERSION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NAME));
}

const char *
podium_version_get_note (PodiumVersion *self)
{
  g_return_val_if_fail (PODIUM_IS_VERSION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NOTE));
}

gint64
podium_version_get_published (PodiumVersion *self)
{
  g_return_val_if_fail (PODIUM_IS_VERSION (self), PODIUM_TIME_NONE);

  return g_value_get_int64 (_podium_object_peek (self, PROP_PUBLISHED));
}

const char *
podium_version_get_publisher (PodiumVersion *self)
{
  g_return_val_if_fail (PODIUM_IS_VERSION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_PUBLISHER));
}

/**
 * podium_version_get_programme:
 *
 * Returns: (transfer none) (nullable): the sessions as the programme had them when the
 *   version was published, a #GPtrArray of #PodiumSnapshotSession in programme order
 */
GPtrArray *
podium_version_get_programme (PodiumVersion *self)
{
  g_return_val_if_fail (PODIUM_IS_VERSION (self), NULL);

  return g_value_get_boxed (_podium_object_peek (self, PROP_PROGRAMME));
}

GListModel *
podium_version_get_approvals (PodiumVersion *self)
{
  g_return_val_if_fail (PODIUM_IS_VERSION (self), NULL);

  return G_LIST_MODEL (self->approvals);
}

PodiumApproval *
podium_version_lookup_approval (PodiumVersion      *self,
                                PodiumOrganization *organization)
{
  guint n;

  g_return_val_if_fail (PODIUM_IS_VERSION (self), NULL);
  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (organization), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->approvals));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumApproval) approval = g_list_model_get_item (G_LIST_MODEL (self->approvals), i);

      if (podium_approval_get_organization (approval) == organization)
        return approval;   /* the store holds it */
    }
  return NULL;
}
