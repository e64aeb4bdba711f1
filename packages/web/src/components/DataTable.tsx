import type { ComponentPropsWithoutRef, CSSProperties } from 'react';
import classes from './table.module.css';

/**
 * A plain table with Mantine's table look. Mantine's `Table` always loads its scroll area, which
 * with what Vite bundles beside it was 16 kB gzipped of each step's scripts; a wide table goes in
 * a `ScrollRegion` instead, which keyboard users can reach and scroll.
 */
export function DataTable({
  className,
  minWidth,
  style,
  ...props
}: ComponentPropsWithoutRef<'table'> & { minWidth?: number }) {
  const sized: CSSProperties | undefined = minWidth ? { minWidth, ...style } : style;
  return (
    <table
      {...props}
      style={sized}
      className={className ? `${classes.table} ${className}` : classes.table}
    />
  );
}
