/**
 * TEST DATA, invented for the tests: not the State Council's schedule for 2027 (unknown when this was written).
 * Names say so, so that nobody mistakes a test's output for a fact. The product never ships a schedule of its own:
 * staff enter each year from the published notice.
 */
export const TEST_YEAR = 2027;

/** The console form's two fields, as staff would type them. */
export const testScheduleText = {
  holidays: ['2027-01-01 测试假期甲', '2027-02-08 至 2027-02-12 测试假期乙'].join('\n'),
  // A Saturday.
  workdays: '2027-02-06 测试假期乙',
};

/** The same schedule as the API's JSON body. */
export const testScheduleJson = {
  holidays: {
    '2027-01-01': '测试假期甲',
    '2027-02-08': '测试假期乙',
    '2027-02-09': '测试假期乙',
    '2027-02-10': '测试假期乙',
    '2027-02-11': '测试假期乙',
    '2027-02-12': '测试假期乙',
  },
  workdays: { '2027-02-06': '测试假期乙' },
};
