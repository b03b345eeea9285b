/* podium-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "podium-resources.h"
#include "podium-ui.h"

/* The UI library is linked statically, by the app and by the widget tests, so its
 * resources (templates, styles, icons) are registered by whoever needs them first: the
 * application before its style sheet is looked up, each template class before it reads
 * its template. */
void
podium_ui_register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      podium_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
