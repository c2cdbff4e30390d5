import type { Metadata } from 'next';
import { ComingSoon } from '../../../components/coming-soon';

export const metadata: Metadata = { title: 'Admin API docs' };

export default function AdminApiDocsPage() {
  return (
    <ComingSoon title="Admin API docs">
      Interactive reference generated from the admin API&apos;s OpenAPI document.
    </ComingSoon>
  );
}
