"""Every menu and toolbar action, declared as data: id, text, shortcuts, handler, enabled-when.

``build_actions(target, parent)`` turns the table into ``QAction`` objects whose ``triggered`` calls
``getattr(target, spec.handler)`` (with ``spec.arg`` when given); ``update_actions`` enables each
one from its ``enabled_when`` predicate on an :class:`AppState`. The help dialog lists the shortcuts
from the same table, so the documentation cannot drift from the behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ui.resources import icon
from zonalplan.guidance import top_level

CONTEXT = "actions"


@dataclass(frozen=True)
class AppState:
    """What the enabled-when predicates look at."""

    has_plan: bool = False
    read_only: bool = False
    has_file: bool = False
    can_undo: bool = False
    can_redo: bool = False


PREDICATES: dict[str, Callable[[AppState], bool]] = {
    "always": lambda s: True,
    "has_plan": lambda s: s.has_plan,
    "writable": lambda s: s.has_plan and not s.read_only,
    "writable_file": lambda s: s.has_plan and not s.read_only and s.has_file,
    "can_undo": lambda s: s.has_plan and not s.read_only and s.can_undo,
    "can_redo": lambda s: s.has_plan and not s.read_only and s.can_redo,
}


@dataclass(frozen=True)
class ActionSpec:
    """One action of the window."""

    id: str
    text: str
    handler: str
    menu: str
    shortcuts: tuple[str, ...] = ()
    enabled_when: str = "always"
    icon: str | None = None
    toolbar: bool = False
    tip: str = ""
    arg: str | None = None
    checkable: bool = False
    separator_before: bool = False


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("actions", "&Fichier")),
    ("edit", QT_TRANSLATE_NOOP("actions", "&Édition")),
    ("chapters", QT_TRANSLATE_NOOP("actions", "&Chapitres")),
    ("view", QT_TRANSLATE_NOOP("actions", "&Affichage")),
    ("review", QT_TRANSLATE_NOOP("actions", "&Relecture")),
    ("help", QT_TRANSLATE_NOOP("actions", "Aid&e")),
)

_T = QT_TRANSLATE_NOOP

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", _T("actions", "&Nouveau plan…"), "new_plan", "file", ("Ctrl+N",),
               icon="new", toolbar=True, tip=_T("actions", "Créer un plan avec l'assistant")),
    ActionSpec("open", _T("actions", "&Ouvrir…"), "open_plan_dialog", "file", ("Ctrl+O",),
               icon="open", toolbar=True, tip=_T("actions", "Ouvrir un fichier de plan (.zplan)")),
    ActionSpec("open_demo", _T("actions", "Ouvrir la &démonstration"), "open_demo", "file",
               icon="demo"),
    ActionSpec("new_cycle", _T("actions", "Nouveau c&ycle…"), "new_cycle", "file",
               separator_before=True,
               tip=_T("actions", "Créer le plan suivant à partir du plan qui se termine")),
    ActionSpec("merge_zones", _T("actions", "Fusion de &zones…"), "merge_zones", "file",
               tip=_T("actions", "Créer le premier plan d'une zone fusionnée à partir des plans "
                                 "des zones")),
    ActionSpec("save", _T("actions", "&Enregistrer"), "save", "file", ("Ctrl+S",), "writable",
               "save", True, _T("actions", "Enregistrer le plan dans son fichier"),
               separator_before=True),
    ActionSpec("save_as", _T("actions", "Enregistrer &sous…"), "save_as", "file",
               ("Ctrl+Shift+S",), "has_plan"),
    ActionSpec("create_version", _T("actions", "Créer une &version…"), "create_version", "file",
               (), "writable_file", "version",
               tip=_T("actions", "Garder l'état actuel du plan sous un nom")),
    ActionSpec("export", _T("actions", "E&xporter…"), "export", "file", ("Ctrl+E",), "has_plan",
               "export", True, _T("actions", "Exporter le plan en document Word"),
               separator_before=True),
    ActionSpec("close_plan", _T("actions", "&Fermer le plan"), "close_plan", "file", ("Ctrl+W",),
               "has_plan", separator_before=True),
    ActionSpec("preferences", _T("actions", "&Préférences…"), "show_preferences", "file",
               ("Ctrl+,",)),
    ActionSpec("quit", _T("actions", "&Quitter"), "close", "file", ("Ctrl+Q",),
               separator_before=True),
    ActionSpec("undo", _T("actions", "&Annuler"), "undo", "edit", ("Ctrl+Z",), "can_undo",
               "undo", True),
    ActionSpec("redo", _T("actions", "&Rétablir"), "redo", "edit", ("Ctrl+Shift+Z", "Ctrl+Y"),
               "can_redo", "redo", True),
    ActionSpec("find_reference", _T("actions", "Rec&hercher dans le référentiel"),
               "find_reference", "edit", ("Ctrl+F",), "has_plan", "search",
               separator_before=True),
    ActionSpec("focus_chapters", _T("actions", "Aller à la &liste des chapitres"),
               "focus_chapters", "chapters", ("Ctrl+0",), "has_plan"),
    ActionSpec("previous_chapter", _T("actions", "Chapitre &précédent"), "previous_chapter",
               "chapters", ("Ctrl+PgUp",), "has_plan", "previous"),
    ActionSpec("next_chapter", _T("actions", "Chapitre &suivant"), "next_chapter", "chapters",
               ("Ctrl+PgDown",), "has_plan", "next"),
    ActionSpec("guided_mode", _T("actions", "Mode &guidé"), "toggle_guided", "view", (),
               "writable", "guided", checkable=True,
               tip=_T("actions", "Rédiger le plan chapitre par chapitre, avec des conseils")),
    ActionSpec("toggle_alignment", _T("actions", "Panneau d'&alignement"), "toggle_alignment",
               "view", ("Ctrl+Shift+A",), "has_plan", "alignment", separator_before=True),
    ActionSpec("toggle_reference", _T("actions", "&Référentiel national"), "toggle_reference",
               "view", ("Ctrl+Shift+R",), "has_plan", "search"),
    ActionSpec("review_mode", _T("actions", "Mode &relecture (notes seulement)"),
               "review.toggle_mode", "review", ("Ctrl+Alt+R",), "has_plan", checkable=True,
               tip=_T("actions", "Le contenu passe en lecture seule ; seules les notes de "
                                 "relecture peuvent être ajoutées")),
    ActionSpec("toggle_notes", _T("actions", "Panneau des &notes"), "review.toggle_notes",
               "review", ("Ctrl+Shift+N",), "has_plan"),
    ActionSpec("merge_notes", _T("actions", "Reprendre les notes d'un relec&teur…"),
               "review.merge_notes", "review", (), "writable"),
    ActionSpec("compare_files", _T("actions", "&Comparer deux fichiers…"), "compare_files",
               "review", (), separator_before=True),
    ActionSpec("review_folder", _T("actions", "Relire les plans d'un &dossier…"),
               "review_folder", "review", ()),
    ActionSpec("help", _T("actions", "&Aide"), "show_help", "help", ("F1",), icon="help",
               tip=_T("actions", "Conseils de rédaction et raccourcis clavier")),
    ActionSpec("about", _T("actions", "À &propos de ZonalPlan"), "show_about", "help"),
)


def chapter_actions() -> tuple[ActionSpec, ...]:
    """Return one action per top-level chapter; the first nine get Ctrl+1 … Ctrl+9."""
    specs = []
    for number, chapter in enumerate(top_level(), start=1):
        keys = (f"Ctrl+{number}",) if number <= 9 else ()
        specs.append(ActionSpec(f"chapter_{chapter.id}", chapter.title, "show_chapter",
                                "chapters", keys, "has_plan", arg=chapter.id,
                                separator_before=number == 1))
    return tuple(specs)


def all_actions() -> tuple[ActionSpec, ...]:
    """Return every action of the window."""
    return ACTIONS + chapter_actions()


def translate(text: str) -> str:
    """Translate an action or menu text declared with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(CONTEXT, text)


def build_actions(target: object, parent: QObject) -> dict[str, QAction]:
    """Create the QActions of ``all_actions()`` wired to ``target``'s handler methods."""
    actions: dict[str, QAction] = {}
    for spec in all_actions():
        text = translate(spec.text) if spec.menu != "chapters" or spec.arg is None else spec.text
        action = QAction(text, parent)
        action.setObjectName(f"action_{spec.id}")
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(k) for k in spec.shortcuts])
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if spec.tip:
            action.setStatusTip(translate(spec.tip))
            action.setToolTip(_tooltip(translate(spec.tip), spec.shortcuts))
        elif spec.shortcuts:
            action.setToolTip(_tooltip(text.replace("&", "").rstrip("…"), spec.shortcuts))
        action.setCheckable(spec.checkable)
        handler = _resolve(target, spec.handler)
        if spec.arg is not None:
            action.triggered.connect(lambda _checked=False, h=handler, a=spec.arg: h(a))
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        actions[spec.id] = action
    return actions


def _resolve(target: object, dotted: str) -> Callable[..., object]:
    """Return the handler named ``dotted`` (``method`` or ``feature.method``) on ``target``.

    Dotted handlers are looked up when the action fires, so features may be created later.
    """
    if "." not in dotted:
        return getattr(target, dotted)
    owner, name = dotted.split(".", 1)
    return lambda *args: getattr(getattr(target, owner), name)(*args)


def _tooltip(text: str, shortcuts: tuple[str, ...]) -> str:
    if not shortcuts:
        return text
    keys = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                     for k in shortcuts)
    return f"{text} ({keys})"


def install_menus(window: QMainWindow, actions: dict[str, QAction]
                  ) -> tuple[dict[str, QMenu], QMenu]:
    """Fill the window's menu bar and toolbar from the table; return the menus and the (empty)
    « Plans récents » submenu placed after « Ouvrir la démonstration »."""
    menus: dict[str, QMenu] = {}
    for menu_id, title in MENUS:
        menus[menu_id] = window.menuBar().addMenu(translate(title))
        menus[menu_id].setObjectName(f"menu_{menu_id}")
    recent = QMenu()
    for spec in all_actions():
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        menu.addAction(actions[spec.id])
        if spec.id == "open_demo":
            recent = menu.addMenu(translate(QT_TRANSLATE_NOOP("actions", "Plans &récents")))
            recent.setObjectName("menu_recent")
    toolbar = QToolBar(translate(QT_TRANSLATE_NOOP("actions", "Barre d'outils")), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for spec in all_actions():
        if spec.toolbar:
            if spec.id in ("undo", "export"):
                toolbar.addSeparator()
            toolbar.addAction(actions[spec.id])
    window.addToolBar(toolbar)
    return menus, recent


def update_actions(actions: dict[str, QAction], state: AppState) -> None:
    """Enable each action according to its ``enabled_when`` predicate."""
    for spec in all_actions():
        action = actions.get(spec.id)
        if action is not None:
            action.setEnabled(PREDICATES[spec.enabled_when](state))


def shortcut_table() -> list[tuple[str, str]]:
    """Return (action, keys) for every action that has a shortcut, for the help dialog."""
    rows = []
    for spec in all_actions():
        if spec.shortcuts:
            text = spec.text if spec.arg else translate(spec.text)
            keys = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                             for k in spec.shortcuts)
            rows.append((text.replace("&", "").rstrip("…"), keys))
    return rows
