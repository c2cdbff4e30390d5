import type { Metadata } from 'next';
import { ComingSoon } from '../../components/coming-soon';

export const metadata: Metadata = { title: 'API catalog' };

export default function CatalogPage() {
  return (
    <ComingSoon title="API catalog">
      Browse AI and REST API products, compare plans and subscribe your applications.
    </ComingSoon>
  );
}
