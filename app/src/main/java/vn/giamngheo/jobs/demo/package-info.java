/** The demo's job connection: vacancies near Thọ Xuân, Xuân Bái's workers and referrals at each step. */
package vn.giamngheo.jobs.demo;
