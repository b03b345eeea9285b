/* podium-drag-escape.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-drag-escape.h"

/* The work-around is X11 only: built where GDK has the X11 backend, used on an X11 display */
#if defined (HAVE_X11) && defined (GDK_WINDOWING_X11)
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XInput2.h>
#include <X11/keysym.h>

static void stop_watching (GdkDrag *drag);

static gboolean
on_xevent_cb (GdkDisplay   *display,
              const XEvent *xevent,
              GdkDrag      *drag)
{
  Display *xdisplay = gdk_x11_display_get_xdisplay (display);
  const XIDeviceEvent *event;
  int opcode, first_event, first_error;

  if (xevent->type != GenericEvent || xevent->xcookie.evtype != XI_KeyPress ||
      xevent->xcookie.data == NULL)
    return FALSE;
  if (!XQueryExtension (xdisplay, "XInputExtension", &opcode, &first_event, &first_error) ||
      xevent->xcookie.extension != opcode)
    return FALSE;

  event = xevent->xcookie.data;
  if (event->detail != XKeysymToKeycode (xdisplay, XK_Escape))
    return FALSE;

  /* GdkDrag::cancel's class handler is what gdk_drag_cancel() runs inside GDK: leave the
   * drop target, release the grabs, animate the icon back, emit GtkDragSource::drag-cancel
   */
  g_object_ref (drag);
  stop_watching (drag);
  g_signal_emit_by_name (drag, "cancel", GDK_DRAG_CANCEL_USER_CANCELLED);
  g_object_unref (drag);
  return TRUE;
}

static void
stop_watching (GdkDrag *drag)
{
  g_signal_handlers_disconnect_by_func (gdk_drag_get_display (drag), on_xevent_cb, drag);
  g_signal_handlers_disconnect_by_func (drag, stop_watching, NULL);
}

void
podium_drag_cancel_on_escape (GdkDrag *drag)
{
  GdkDisplay *display;

  g_return_if_fail (GDK_IS_DRAG (drag));

  display = gdk_drag_get_display (drag);
  if (!GDK_IS_X11_DISPLAY (display))
    return;

  g_signal_connect_object (display, "xevent", G_CALLBACK (on_xevent_cb), drag, 0);
  g_signal_connect (drag, "cancel", G_CALLBACK (stop_watching), NULL);
  g_signal_connect (drag, "drop-performed", G_CALLBACK (stop_watching), NULL);
  g_signal_connect (drag, "dnd-finished", G_CALLBACK (stop_watching), NULL);
}

#else

void
podium_drag_cancel_on_escape (GdkDrag *drag)
{
  g_return_if_fail (GDK_IS_DRAG (drag));
}

#endif
