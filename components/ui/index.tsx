"use client";
// The single client boundary for the Rijkshuisstijl community components (they ship without a
// 'use client' banner, so Server Components import them from here; STACK.md pitfall 11).
export {
  ActionGroup,
  Alert,
  Button,
  Heading,
  Link,
  Logo,
  Paragraph,
  SkipLink,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@rijkshuisstijl-community/components-react";
