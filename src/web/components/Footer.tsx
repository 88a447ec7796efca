import { Link } from 'react-router';

export function Footer() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <Link to="/safety">Safety and support</Link>
        <span>Mend is not therapy and not an emergency service. In danger, call your local emergency number.</span>
      </div>
    </footer>
  );
}
