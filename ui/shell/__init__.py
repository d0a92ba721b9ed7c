"""The application shell: start, main window, menus and actions, docks, status bar, dialogs."""
