/* podium-accessible.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "podium-accessible.h"

/* GTK 4.8 names a button by its accessible label followed by the text it shows, and a
 * control in a row by its label followed by the row title it is labelled by. A button
 * with a mnemonic gets its raw label ("_Merge") as accessible label, so a screen reader
 * says "_Merge Merge". Such buttons are named by the text they show alone; nothing in
 * Podium sets a label on a control that shows its text or sits in a titled row. */
void
podium_accessible_drop_mnemonic_names (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    podium_accessible_drop_mnemonic_names (child);

  if (GTK_IS_BUTTON (root) &&
      gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* A drop-down and a colour button each hold a button of their own that GTK 4.8 leaves
 * unnamed, so it is read by its class ("GtkToggleButton"): name it like its owner. */
void
podium_accessible_name_inner_button (GtkWidget  *widget,
                                     const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
        return;
      }
}

/* GTK 4.8 exposes a stack's hidden pages to screen readers: only the visible one is read.
 * Connect to notify::visible-child (or notify::visible-child-name) and call once. */
void
podium_accessible_hide_stack_pages (GtkWidget *stack)
{
  GtkWidget *visible;

  if (ADW_IS_VIEW_STACK (stack))
    visible = adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack));
  else
    visible = gtk_stack_get_visible_child (GTK_STACK (stack));

  for (GtkWidget *child = gtk_widget_get_first_child (stack); child;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN,
                                 child != visible, -1);
}
