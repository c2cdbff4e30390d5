import type { Metadata } from 'next';
import { ComingSoon } from '../../components/coming-soon';

export const metadata: Metadata = { title: 'Sign up' };

export default function SignUpPage() {
  return (
    <ComingSoon title="Sign up">
      Self-service sign-up, applications and API keys arrive with the developer portal release.
    </ComingSoon>
  );
}
