/**
 * What a page whose filter lives in the address takes, and its filter form: the search the
 * address holds (read by the route's `validateSearch`), and the way to change it — the route
 * puts the new search in the address, so that a reload or a shared link shows the same list.
 */
export interface SearchInAddress<Search> {
  readonly search: Search
  readonly onSearch: (search: Search) => void
}
