/**
 * On the paginated department index: a link to /departments/#d-… (an anchor of the one-page index)
 * whose row is on another page goes to that department's own page, /departments/d-…/.
 */
const id = decodeURIComponent(location.hash.slice(1));
if (/^d-[0-9a-z-]+$/.test(id) && !document.getElementById(id)) location.replace(`/departments/${id}/`);
