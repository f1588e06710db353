import {
  mapDispatchToArrayControlProps,
  mapDispatchToControlProps,
  mapStateToArrayControlProps,
  mapStateToCellProps,
  mapStateToControlProps,
  mapStateToControlWithDetailProps,
  mapStateToLabelProps,
  mapStateToLayoutProps,
  type ArrayControlProps,
  type CellProps,
  type ControlProps,
  type LabelProps,
  type LayoutProps,
  type OwnPropsOfCell,
  type OwnPropsOfControl,
  type OwnPropsOfLabel,
  type OwnPropsOfLayout,
  type StatePropsOfControlWithDetail,
} from '@jsonforms/core';
import type { ComponentType } from 'react';
import { connect, type OwnProps } from './connect';

// Containers draw no answer themselves: the answers under them change with
// every keystroke, and passing them on would redraw the container each time.
function withoutData<T extends { data?: unknown }>(props: T) {
  const { data: _answers, ...rest } = props;

  return rest;
}

type Own<T> = T & OwnProps;

/** A question: in place of `withJsonFormsControlProps`. */
export function connectControl(Component: ComponentType<ControlProps>) {
  return connect<Own<OwnPropsOfControl>, ControlProps>(Component, {
    select: mapStateToControlProps,
    reads: 'value',
    handlers: mapDispatchToControlProps,
  });
}

/** A repeating list: in place of `withJsonFormsArrayControlProps`. */
export function connectArray(Component: ComponentType<ArrayControlProps>) {
  return connect<Own<OwnPropsOfControl>, ArrayControlProps>(Component, {
    select: mapStateToArrayControlProps,
    reads: 'value',
    handlers: (dispatch) => ({
      ...mapDispatchToControlProps(dispatch),
      ...mapDispatchToArrayControlProps(dispatch),
    }),
  });
}

/**
 * A layout: in place of `withJsonFormsLayoutProps`, without `data`; it
 * redraws when its visibility, label or settings change.
 */
export function connectLayout(Component: ComponentType<LayoutProps>) {
  return connect<Own<OwnPropsOfLayout>, LayoutProps>(Component, {
    select: (state, own) => withoutData(mapStateToLayoutProps(state, own)),
    reads: 'nothing',
  });
}

/** A nested object: in place of `withJsonFormsDetailProps`, no `data`. */
export function connectDetail(
  Component: ComponentType<StatePropsOfControlWithDetail>,
) {
  return connect<Own<OwnPropsOfControl>, StatePropsOfControlWithDetail>(
    Component,
    {
      select: (state, own) =>
        withoutData(mapStateToControlWithDetailProps(state, own)),
      reads: 'nothing',
    },
  );
}

/** A cell outside our tables: in place of `withJsonFormsCellProps`. */
export function connectCell(Component: ComponentType<CellProps>) {
  return connect<Own<OwnPropsOfCell>, CellProps>(Component, {
    select: mapStateToCellProps,
    reads: 'value',
    at: 'path',
    handlers: mapDispatchToControlProps,
  });
}

/** A label: in place of `withJsonFormsLabelProps`. */
export function connectLabel(Component: ComponentType<LabelProps>) {
  return connect<Own<OwnPropsOfLabel>, LabelProps>(Component, {
    select: mapStateToLabelProps,
    reads: 'nothing',
  });
}
