'use client'
/**
 * Names for the Payload controls that reach the screen without one, so a
 * screen reader says "Next" or "Bold" instead of "button" (axe: button-name, label,
 * aria-input-field-name).
 *
 * They are Payload's markup (list pagination arrows, the document's "more
 * options" menu, date pickers, the list's row checkboxes and lock icons, the rich-text toolbar
 * and editable area, react-select inputs, Live Preview's frame and size boxes) and no config reaches
 * them, so this provider watches the admin's DOM and fills in the missing name,
 * in the admin language, from Payload's own translations. It only ever sets a
 * name that is missing or empty; anything Payload names itself is left alone.
 * It also takes react-select's hidden chevron buttons out of the tab order.
 */
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

type Namer = { selector: string; name: (element: HTMLElement) => string | null }

/** The rich-text toolbar's icon buttons, by `data-button-key` (strings: messages' EditorToolbar, registered in src/buildConfig.ts). */
const toolbarButtons = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'subscript',
  'superscript',
  'inlineCode',
  'link',
  'indentDecrease',
  'indentIncrease',
] as const
type ToolbarKey = `editorToolbar:${(typeof toolbarButtons)[number]}`

function isToolbarButton(key: string | undefined): key is (typeof toolbarButtons)[number] {
  return (toolbarButtons as readonly (string | undefined)[]).includes(key)
}

/** The label text of the field an element belongs to ("Published at"). */
function fieldLabel(element: HTMLElement): string | null {
  const label = element.closest('.field-type')?.querySelector('.field-label')
  return label?.textContent?.replace(/\*$/, '').trim() || null
}

/** The title a list row shows (its first linked cell), to name that row's checkbox. */
function rowTitle(element: HTMLElement): string | null {
  return element.closest('tr')?.querySelector('td a')?.textContent?.trim() || null
}

/** A name of its own: an aria-label, or aria-labelledby pointing at some other element with text. */
function hasName(element: HTMLElement): boolean {
  if (element.getAttribute('aria-label')?.trim()) return true
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? []
  return ids.some((id) => {
    const label = document.getElementById(id)
    return label !== null && label !== element && Boolean(label.textContent?.trim())
  })
}

export function AccessibleNames({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation<object, ToolbarKey>()

  useEffect(() => {
    const namers: Namer[] = [
      { selector: '.clickable-arrow--left', name: () => t('general:previous') },
      { selector: '.clickable-arrow--right', name: () => t('general:next') },
      // The document's "⋮" menu, and the arrow beside Publish that opens its other publishing options.
      { selector: '.doc-controls__popup .popup-button, .form-submit .popup-button', name: () => t('general:moreOptions') },
      {
        selector: '.date-time-picker__clear-button',
        name: (element) => `${t('general:clear')}: ${fieldLabel(element) ?? ''}`.trim(),
      },
      { selector: '.date-time-picker input[type="text"], .react-datepicker__input-container input', name: fieldLabel },
      { selector: 'input[type="checkbox"]#select-all', name: () => t('general:selectAllRows') },
      {
        selector: 'button[data-button-key]',
        name: (element) => {
          const key = element.dataset.buttonKey
          return isToolbarButton(key) ? t(`editorToolbar:${key}`) : null
        },
      },
      // The lock icon of a document someone is editing: its tooltip says who ("Anna Rossi is editing").
      {
        selector: '.locked[role="button"]',
        name: (element) => element.querySelector('.locked__tooltip')?.textContent?.trim() || null,
      },
      // Live Preview: the page's frame, and the toolbar's width and height boxes (width first).
      { selector: 'iframe#live-preview-iframe', name: () => t('general:livePreview') },
      {
        selector: 'input.toolbar-input',
        name: (element) => {
          const boxes = Array.from(document.querySelectorAll('input.toolbar-input'))
          return boxes.indexOf(element) % 2 === 0 ? t('upload:width') : t('upload:height')
        },
      },
      // The editable area of a rich-text field, and react-select's search input, take their field's label.
      { selector: '.ContentEditable__root[role="textbox"], input.rs__input', name: fieldLabel },
      {
        selector: 'tr input[type="checkbox"]',
        name: (element) => {
          const title = rowTitle(element)
          return title ? `${t('general:select')}: ${title}` : null
        },
      },
    ]
    const nameAll = () => {
      for (const { selector, name } of namers) {
        for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
          if (hasName(element)) continue
          const value = name(element)
          if (value) {
            // Payload's select-all box points aria-labelledby at itself; an own label replaces that.
            element.removeAttribute('aria-labelledby')
            element.setAttribute('aria-label', value)
          }
        }
      }
      // react-select's chevron and clear buttons are hidden from screen readers yet reachable by Tab (axe:
      // aria-hidden-focus); the select itself opens from the keyboard, so they leave the tab order.
      for (const chevron of Array.from(
        document.querySelectorAll<HTMLElement>('.dropdown-indicator[aria-hidden="true"], .clear-indicator[aria-hidden="true"]'),
      )) {
        if (chevron.tabIndex !== -1) chevron.tabIndex = -1
      }
    }
    // Named in the observer's own callback, before the browser paints what React added (one callback per commit).
    const observer = new MutationObserver(nameAll)
    nameAll()
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [t])

  return <>{children}</>
}
