/* podium-object.h — the base of every object in a Podium document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "podium-types.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_OBJECT (podium_object_get_type ())

G_DECLARE_DERIVABLE_TYPE (PodiumObject, podium_object, PODIUM, OBJECT, GObject)

/* PodiumObject stores the values of its subclasses' properties itself: a subclass only
 * installs its GParamSpecs (with G_PARAM_EXPLICIT_NOTIFY) through
 * _podium_object_class_install_properties(). Setting a property to its current value does not notify.
 *
 * Every object also keeps the JSON members it was read with but does not understand
 * ("extra"), so that a document from a newer Podium loses nothing when saved again.
 */
struct _PodiumObjectClass
{
  GObjectClass parent_class;
};

const char   *podium_object_get_id    (PodiumObject *self);
void          podium_object_set_id    (PodiumObject *self,
                                       const char   *id);
JsonObject   *podium_object_get_extra (PodiumObject *self);
void          podium_object_set_extra (PodiumObject *self,
                                       JsonObject   *extra);

/* A property known only while the plan is open (what Podium found on disk, say): it is
 * never saved, and a merge leaves it alone. Set it with podium_document_update_fact().
 */
#define PODIUM_PARAM_TRANSIENT (1 << G_PARAM_USER_SHIFT)

/* For subclasses: install properties whose values PodiumObject stores */
void          _podium_object_class_install_properties (gpointer     klass,
                                                       guint        n_pspecs,
                                                       GParamSpec **pspecs);
/* For subclasses: the stored value of the property with @prop_id. */
const GValue *_podium_object_peek     (gpointer      self,
                                       guint         prop_id);

G_END_DECLS
